import 'server-only';
import { after } from 'next/server';
import { serverEnv } from '@/lib/env';
import { rowsOf } from '@/lib/db/errors';
import { createServiceClient } from '@/lib/supabase/admin';
import { dispatchOutbox } from './dispatcher';
import { localTransport, resendTransport, type EmailTransport } from './transport';

/** Resend with a key; the local transport on the local stack; otherwise none (e-mails wait in the outbox). */
function configuredTransport(): EmailTransport | null {
  const env = serverEnv();
  if (env.RESEND_API_KEY) return resendTransport(env.RESEND_API_KEY, env.EMAIL_FROM);
  if (env.TURA_LOCAL_STACK) return localTransport;
  return null;
}

/** Sends what is due now. Returns null when no transport is configured. */
export async function dispatchNow() {
  const transport = configuredTransport();
  if (!transport) {
    console.warn('RESEND_API_KEY is not set: e-mails stay in the outbox.');
    return null;
  }
  return dispatchOutbox({ client: createServiceClient(), transport, appUrl: serverEnv().APP_URL });
}

/** Dispatch starts once the response is sent, right after the change that queued the e-mail committed. */
export function dispatchAfterResponse(): void {
  after(async () => {
    try {
      await dispatchNow();
    } catch (error) {
      // What is left is sent by the next dispatch or by the scheduler's sweep (/api/outbox/dispatch).
      console.error('Outbox dispatch failed:', error);
    }
  });
}

/** At most this many sign-in links per address in ten minutes: nobody can mail-bomb a user through the form. */
const MAGIC_LINKS_PER_10_MINUTES = 3;

/**
 * The magic link's e-mail: next-auth creates the token, we queue the e-mail that carries it. Past
 * the limit the request is dropped quietly: the form shows the same page either way.
 */
export async function queueMagicLink(to: string, url: string): Promise<void> {
  const client = createServiceClient();
  const address = to.trim().toLowerCase();
  const { count } = await client
    .from('email_outbox')
    .select('id', { count: 'exact', head: true })
    .eq('to_address', address)
    .eq('template', 'magic-link')
    .gte('created_at', new Date(Date.now() - 10 * 60_000).toISOString());
  if ((count ?? 0) >= MAGIC_LINKS_PER_10_MINUTES) {
    console.warn(`Sign-in link for ${address} not sent: ${MAGIC_LINKS_PER_10_MINUTES} already sent in the last 10 minutes.`);
    return;
  }
  rowsOf(await client.from('email_outbox').insert({ to_address: address, template: 'magic-link', payload: { url } }));
  dispatchAfterResponse();
}
