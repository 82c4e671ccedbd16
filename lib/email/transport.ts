import { Resend } from 'resend';
import type { RenderedEmail } from './render';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

export interface EmailTransport {
  /** Sends once per idempotency key: a retry with the same key is not delivered twice. */
  send(email: OutgoingEmail, idempotencyKey: string): Promise<{ id: string }>;
}

/** Resend's API; RESEND_BASE_URL points the SDK elsewhere (tests use a local recording server). */
export function resendTransport(apiKey: string, from: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    async send(email, idempotencyKey) {
      const { data, error } = await resend.emails.send(
        { from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey },
      );
      if (error || !data) throw new Error(`Resend refused the e-mail: ${error?.message ?? 'no answer'}`);
      return { id: data.id };
    },
  };
}

/** Without an API key nothing leaves the machine: the e-mail stays readable in the outbox. */
export const localTransport: EmailTransport = {
  async send(_email, idempotencyKey) {
    return { id: `local:${idempotencyKey}` };
  },
};
