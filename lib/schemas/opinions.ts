import { z } from 'zod';
import { OPINION_STANCES, stanceNeedsJustification } from '@/lib/workflow/opinions';
import { id } from './fields';

/** Messages are keys of `Opinions.errors`; the database's limits (10 000 characters) are the form's. */
const longText = z.string().max(10_000, 'tooLong');

/** A draft as the editor sends it, with the version it builds on (0 before the first save). Anything goes in a draft. */
export const opinionDraftSchema = z.object({
  requestId: id,
  expectedVersion: z.coerce.number().int().min(0),
  // An unticked radio group posts nothing: no stance yet.
  stance: z
    .union([z.enum(OPINION_STANCES), z.literal('')])
    .optional()
    .transform((stance) => stance || null),
  justification: longText.default(''),
  proposedWording: longText.default(''),
});

/** Submitting needs a stance, and a justification unless the department supports or has no remarks. */
export const opinionSubmitSchema = opinionDraftSchema.superRefine((opinion, context) => {
  if (!opinion.stance) context.addIssue({ code: 'custom', path: ['stance'], message: 'stanceRequired' });
  else if (stanceNeedsJustification(opinion.stance) && opinion.justification.trim() === '') {
    context.addIssue({ code: 'custom', path: ['justification'], message: 'justificationRequired' });
  }
});

export const opinionRequestSchema = z.object({ requestId: id });

export type OpinionDraftInput = z.output<typeof opinionDraftSchema>;
