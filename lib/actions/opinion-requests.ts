'use server';

import { defineAction } from '@/lib/actions/define';
import { askAgain, requestOpinions } from '@/lib/db/opinion-requests';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { askAgainSchema, requestOpinionsSchema } from '@/lib/schemas/opinion-requests';

const deadlineErrors = { 'opinions.deadline_past': { field: 'deadline', message: 'deadlinePast' } };

/** Asks the chosen departments about the chosen assumptions; each department's staff get one e-mail. */
export const requestOpinionsAction = defineAction(
  {
    permission: 'opinions.request',
    schema: requestOpinionsSchema,
    databaseErrors: {
      ...deadlineErrors,
      'opinions.round_not_open': { message: 'opinionsRoundNotOpen' },
      'opinions.department_not_in_round': { field: 'departmentIds', message: 'departmentNotInRound' },
      'opinions.assumption_not_open': { field: 'assumptionIds', message: 'assumptionNotOpen' },
    },
  },
  async ({ client, input }) => {
    const created = await requestOpinions(client, input);
    dispatchAfterResponse();
    return { created };
  },
);

/** After a new revision, asks the departments that answered an earlier one about the current text. */
export const askAgainAction = defineAction(
  {
    permission: 'opinions.request',
    schema: askAgainSchema,
    databaseErrors: { ...deadlineErrors, 'opinions.nobody_to_ask_again': { field: 'departmentIds', message: 'nobodyToAskAgain' } },
  },
  async ({ client, input }) => {
    const asked = await askAgain(client, input.assumptionId, input.departmentIds, input.deadline);
    dispatchAfterResponse();
    return { asked };
  },
);
