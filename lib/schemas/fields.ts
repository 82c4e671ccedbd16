import { z } from 'zod';

/** Shared field rules. Messages are keys of the `Validation` namespace in messages/*.json. */
export const requiredText = (max: number) => z.string().trim().min(1, 'required').max(max, 'tooLong');

export const year = z.coerce.number('year').int('year').min(2000, 'year').max(2100, 'year');

/** A date from an `<input type="date">`, required. */
export const day = z.string().trim().min(1, 'required').refine((value) => z.iso.date().safeParse(value).success, 'date');

/** An optional date from an `<input type="date">`: empty means none. */
export const optionalDate = z
  .string()
  .trim()
  .refine((value) => value === '' || z.iso.date().safeParse(value).success, 'date')
  .transform((value) => value || null);

/** An optional choice from a `<select>`: empty means none. */
export const optionalId = z
  .string()
  .trim()
  .refine((value) => value === '' || z.uuid().safeParse(value).success, 'required')
  .transform((value) => value || null);

export const id = z.uuid('required');

/** A form that names one record and nothing else (e.g. removing it). */
export const byId = z.object({ id });

/** Whether a path segment can be an id at all (anything else is a 404, not a database error). */
export const isUuid = (value: string) => id.safeParse(value).success;
