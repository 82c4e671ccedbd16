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

/** The magic link's e-mail (sendSignInLink made the token and checked the limits). */
export async function queueMagicLink(to: string, url: string): Promise<void> {
  rowsOf(await createServiceClient().from('email_outbox').insert({ to_address: to.trim().toLowerCase(), template: 'magic-link', payload: { url } }));
  dispatchAfterResponse();
}
