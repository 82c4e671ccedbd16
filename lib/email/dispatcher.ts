import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from '@/lib/db/errors';
import { renderEmail } from './render';
import { SendFailure, type EmailTransport } from './transport';

interface ClaimedEmail {
  id: string;
  lease_id: string;
  to_address: string;
  template: string;
  payload: unknown;
}

export interface DispatchOptions {
  /** A service-role client: the outbox is nobody else's. */
  client: SupabaseClient;
  transport: EmailTransport;
  appUrl: string;
  batchSize?: number;
  /** How long one send may take; one that takes longer counts as a failed attempt, so that a hanging Resend does not hang the sweep. */
  sendTimeoutMs?: number;
}

/**
 * Sends what is due in the outbox. Several dispatchers may run at once, on as many instances:
 * each claims its own rows (`for update skip locked`), settles only rows it still holds, and sends
 * with the row's id as Resend's idempotency key, so a row taken over after a crash, or sent again
 * after an attempt whose answer timed out, is not delivered twice. A claim lasts as long as its
 * whole batch may take, so no other dispatcher takes over a row that is still being sent.
 * Failures are retried later with back-off (public.settle_outbox); once Resend is unavailable, the
 * sweep stops, so a hanging Resend costs it one send's time limit, not one per e-mail.
 */
export async function dispatchOutbox({ client, transport, appUrl, batchSize = 10, sendTimeoutMs = 10_000 }: DispatchOptions) {
  const leaseSeconds = Math.ceil((batchSize * sendTimeoutMs) / 1000) + 30;
  const counts = { sent: 0, failed: 0 };
  for (;;) {
    const claimed = rowsOf(await client.rpc('claim_outbox', { batch: batchSize, lease_seconds: leaseSeconds })) as ClaimedEmail[];
    if (claimed.length === 0) return counts;
    for (const [index, email] of claimed.entries()) {
      try {
        const rendered = await renderEmail(email, appUrl);
        const { id } = await transport.send({ to: email.to_address, ...rendered }, `outbox-${email.id}`, AbortSignal.timeout(sendTimeoutMs));
        rowsOf(await client.rpc('settle_outbox', { message_id: email.id, lease: email.lease_id, provider_message_id: id }));
        counts.sent++;
      } catch (error) {
        rowsOf(
          await client.rpc('settle_outbox', {
            message_id: email.id,
            lease: email.lease_id,
            error: error instanceof Error ? error.message : String(error),
            retry_after_seconds: error instanceof SendFailure ? error.retryAfterSeconds : null,
          }),
        );
        counts.failed++;
        if (error instanceof SendFailure && error.unavailable) {
          // Resend is down, hanging or limiting the rate: the rest waits for the next sweep, its attempts unspent.
          for (const rest of claimed.slice(index + 1)) rowsOf(await client.rpc('release_outbox', { message_id: rest.id, lease: rest.lease_id }));
          return counts;
        }
      }
    }
  }
}
