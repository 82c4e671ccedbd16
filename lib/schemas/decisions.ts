import { z } from 'zod';
import { DECISION_STATES } from '@/lib/opinions/register';
import { ASSUMPTION_KINDS, DECISION_OUTCOMES, decisionNeedsJustification, OPINION_STANCES } from '@/lib/workflow/opinions';
import { id } from './fields';

const decisionFields = z.object({
  opinionId: id,
  outcome: z.enum(DECISION_OUTCOMES, 'outcomeRequired'),
  justification: z.string().trim().max(10_000, 'tooLong'),
});

const justified = (correcting: boolean) =>
  decisionFields.refine((decision) => !decisionNeedsJustification(decision.outcome, correcting) || decision.justification !== '', {
    path: ['justification'],
    message: correcting ? 'correctionJustificationRequired' : 'decisionJustificationRequired',
  });

/**
 * A first decision. The action validates with this one: whether a decision is a correction is the
 * database's to say (decide_opinion), and it refuses a correction without its justification.
 */
export const decisionSchema = justified(false);
/** The form correcting a decision checks, before posting, what the database would refuse. */
export const correctionSchema = justified(true);

/** The review queue's filters, as the address carries them (Polish names, so a filtered page can be linked). */
export const QUEUE_PARAMS = { team: 'zespol', kind: 'rodzaj', department: 'wydzial', stance: 'stanowisko', state: 'stan', page: 'strona' } as const;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
// An unknown value in the address is no filter, never an error page.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional()).catch(undefined);

const queueFiltersSchema = z.object({
  team: optional(id),
  kind: optional(z.enum(ASSUMPTION_KINDS)),
  department: optional(id),
  stance: optional(z.enum(OPINION_STANCES)),
  state: optional(z.enum(DECISION_STATES)),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(100_000)).catch(1),
});
export type QueueFilters = z.output<typeof queueFiltersSchema>;

export function readQueueFilters(searchParams: Record<string, string | string[] | undefined>): QueueFilters {
  return queueFiltersSchema.parse(Object.fromEntries(Object.entries(QUEUE_PARAMS).map(([key, param]) => [key, searchParams[param]])));
}

/** The address's query for these filters (page 1 unless given), empty filters left out. */
export function queueQuery(filters: Partial<QueueFilters>): string {
  const query = new URLSearchParams();
  for (const [key, param] of Object.entries(QUEUE_PARAMS)) {
    const value = filters[key as keyof QueueFilters];
    if (value !== undefined && !(key === 'page' && value === 1)) query.set(param, String(value));
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}
