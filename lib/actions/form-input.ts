import type { z } from 'zod';
import { BackendUnavailable } from '@/lib/db/errors';
import type { ActionResult, FormAction } from './result';

type FieldKind = 'text' | 'list' | 'checkbox';

/** Never sent back to the page, even when the rest of what was typed is. */
const SECRET_FIELDS = new Set(['password']);

/** How a posted form sends a field of this type: one string, every ticked box's value, or present or not. */
function fieldKind(field: z.ZodType): FieldKind {
  const def = field.def as { type: string; in?: z.ZodType; innerType?: z.ZodType };
  if (def.type === 'array') return 'list';
  if (def.type === 'boolean') return 'checkbox';
  const inner = def.type === 'pipe' ? def.in : def.innerType; // transforms; optional, default, nullable
  return inner ? fieldKind(inner) : 'text';
}

function formFields(schema: z.ZodType): Record<string, FieldKind> {
  const def = schema.def as { type: string; shape?: Record<string, z.ZodType>; left?: z.ZodType; right?: z.ZodType; in?: z.ZodType };
  if (def.type === 'object') return Object.fromEntries(Object.entries(def.shape ?? {}).map(([name, field]) => [name, fieldKind(field)]));
  if (def.type === 'intersection' && def.left && def.right) return { ...formFields(def.left), ...formFields(def.right) };
  if (def.type === 'pipe' && def.in) return formFields(def.in);
  return {};
}

/**
 * A posted form's fields as the object the schema expects, the same object the form's script
 * sends: a list of checkboxes is an array even with one box ticked, a lone checkbox is a boolean.
 */
export function formValues(schema: z.ZodType, formData: FormData): Record<string, unknown> {
  const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : undefined);
  return Object.fromEntries(
    Object.entries(formFields(schema)).map(([name, kind]) => [
      name,
      kind === 'list' ? formData.getAll(name).filter((value) => typeof value === 'string') : kind === 'checkbox' ? formData.has(name) : text(formData.get(name)),
    ]),
  );
}

/**
 * `action` answering in words when the database cannot be reached, at any step (the session's
 * profile, a read, the write): the database committed nothing, and the form keeps what was typed.
 */
async function answeringUnavailable<T>(action: (input: unknown) => Promise<ActionResult<T>>, input: unknown): Promise<ActionResult<T>> {
  try {
    return await action(input);
  } catch (error) {
    if (!(error instanceof BackendUnavailable)) throw error;
    console.error(`A server action found the database unreachable: ${error.message}`);
    return { ok: false, formError: 'unavailable' };
  }
}

/**
 * `action` (which validates its input with `schema`) made usable by a form posted without JavaScript
 * too, and answering with a form error, never an exception, while the database cannot be reached.
 */
export function acceptingForms<T>(schema: z.ZodType, action: (input: unknown) => Promise<ActionResult<T>>): FormAction<T> {
  return async (input, formData) => {
    if (!(formData instanceof FormData)) return answeringUnavailable(action, input);
    const values = formValues(schema, formData);
    const result = await answeringUnavailable(action, values);
    if (result.ok) return result;
    return { ...result, values: Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name))) };
  };
}
