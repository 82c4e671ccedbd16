import { z } from 'zod';
import { minutesEmpty } from '@/lib/minutes/draft';
import { id } from './fields';

/** Messages are keys of `Minutes.errors`; the database's limit (20 000 characters a part) is the form's. */
const part = z.string().max(20_000, 'tooLong').default('');

/**
 * The minutes form: the five parts with the version they build on (0 to begin the first revision
 * or a correction), and what to do: save the draft, or submit it for approval. A draft may be
 * anything; submitted minutes say something in at least one part.
 */
export const minutesSchema = z
  .object({
    meetingId: id,
    expectedVersion: z.coerce.number().int().min(0),
    attendance: part,
    agenda: part,
    positions: part,
    decisions: part,
    followUps: part,
    intent: z.enum(['save', 'submit']).default('save'),
  })
  .superRefine((minutes, context) => {
    if (minutes.intent !== 'submit') return;
    if (minutesEmpty(minutes)) context.addIssue({ code: 'custom', path: ['attendance'], message: 'empty' });
  });

export type MinutesInput = z.output<typeof minutesSchema>;

/** The reviewer's answer: approve, or return with a comment saying what to change. */
export const reviewMinutesSchema = z
  .object({
    meetingId: id,
    decision: z.enum(['approve', 'return']),
    comment: z.string().trim().max(5000, 'tooLong').default(''),
  })
  .superRefine((review, context) => {
    if (review.decision === 'return' && review.comment === '') context.addIssue({ code: 'custom', path: ['comment'], message: 'commentRequired' });
  });
