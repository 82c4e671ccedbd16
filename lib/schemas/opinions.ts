import { z } from 'zod';
import { OPINION_STANCES, stanceNeedsJustification } from '@/lib/workflow/opinions';
import { id } from './fields';

/** Messages are keys of `Opinions.errors`; the database's limits (10 000 characters) are the form's. */
const longText = z.string().max(10_000, 'tooLong');

/**
 * The opinion form: the text with the version it builds on (0 before the first save), and what to
 * do with it. Anything goes in a draft; submitting needs a stance, and a justification unless the
 * department supports or has no remarks.
 */
export const opinionSchema = z
  .object({
    requestId: id,
    expectedVersion: z.coerce.number().int().min(0),
    // An unticked radio group posts nothing: no stance yet.
    stance: z
      .union([z.enum(OPINION_STANCES), z.literal('')])
      .optional()
      .transform((stance) => stance || null),
    justification: longText.default(''),
    proposedWording: longText.default(''),
    // The button pressed: "save draft", or the question's "submit".
    intent: z.enum(['save', 'submit']).default('save'),
  })
  .superRefine((opinion, context) => {
    if (opinion.intent !== 'submit') return;
    if (!opinion.stance) context.addIssue({ code: 'custom', path: ['stance'], message: 'stanceRequired' });
    else if (stanceNeedsJustification(opinion.stance) && opinion.justification.trim() === '') {
      context.addIssue({ code: 'custom', path: ['justification'], message: 'justificationRequired' });
    }
  });

export const opinionRequestSchema = z.object({ requestId: id });

export type OpinionInput = z.output<typeof opinionSchema>;
