import { z } from 'zod';
import { id, optionalDate, requiredText, year } from './fields';

export const programmeSchema = z
  .object({ title: requiredText(500), yearFrom: year, yearTo: year })
  .refine((programme) => programme.yearTo >= programme.yearFrom, { path: ['yearTo'], message: 'yearsOrder' });

export const programmeUpdateSchema = z.object({ id }).and(programmeSchema);

export const roundSchema = z
  .object({
    programmeId: id,
    number: z.coerce.number('roundNumber').int('roundNumber').min(1, 'roundNumber').max(99, 'roundNumber'),
    title: requiredText(300),
    startsOn: optionalDate,
    endsOn: optionalDate,
    isPublic: z.boolean(),
  })
  .refine((round) => !round.startsOn || !round.endsOn || round.endsOn >= round.startsOn, { path: ['endsOn'], message: 'datesOrder' });

export const roundUpdateSchema = z.object({ id }).and(roundSchema);

export type Programme = z.output<typeof programmeSchema>;
export type Round = z.output<typeof roundSchema>;

/** A move the coordinator may make on the round's page: `published` only comes from publishing the summary. */
export const roundStatusChangeSchema = z.object({
  roundId: id,
  status: z.enum(['consultation', 'summarising', 'closed'], 'required'),
});
