'use server';

import { defineAction } from '@/lib/actions/define';
import { decideOpinion } from '@/lib/db/decisions';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { decisionSchema } from '@/lib/schemas/decisions';

const decisionErrors = {
  'opinions.decision_justification_required': { field: 'justification', message: 'decisionJustificationRequired' },
  'opinions.correction_justification_required': { field: 'justification', message: 'correctionJustificationRequired' },
  // Withdrawn by its department meanwhile (only an undecided opinion can be).
  'opinions.not_submitted': { message: 'opinionNotSubmitted' },
};

/** Decides on a submitted opinion, or corrects the decision; the department's staff are e-mailed. */
export const decideOpinionAction = defineAction({ permission: 'opinions.decide', schema: decisionSchema, databaseErrors: decisionErrors }, async ({ client, input }) => {
  await decideOpinion(client, input);
  dispatchAfterResponse();
  return null;
});
