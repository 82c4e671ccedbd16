'use server';

import { defineAction } from '@/lib/actions/define';
import { retryEmail } from '@/lib/db/outbox';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { byId } from '@/lib/schemas/fields';

/** Queues a failed e-mail again; it goes out right after the response, with the same idempotency key. */
export const retryEmailAction = defineAction(
  { permission: 'outbox.manage', schema: byId, databaseErrors: { 'outbox.not_failed': { message: 'emailNotFailed' } } },
  async ({ client, input }) => {
    await retryEmail(client, input.id);
    dispatchAfterResponse();
    return null;
  },
);
