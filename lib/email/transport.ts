import { Resend } from 'resend';
import type { RenderedEmail } from './render';

export interface OutgoingEmail extends RenderedEmail {
  to: string;
}

export interface EmailTransport {
  /**
   * Sends once per idempotency key: a retry with the same key is not delivered twice. Gives up
   * when `signal` aborts (the dispatcher's time limit). Throws a SendFailure when not sent.
   */
  send(email: OutgoingEmail, idempotencyKey: string, signal: AbortSignal): Promise<{ id: string }>;
}

/**
 * An e-mail not sent this time: whether the provider is unavailable (no answer in time, a 5xx, a
 * 429, …), so that sending others now is pointless too, and how long it asked us to wait (Retry-After).
 */
export class SendFailure extends Error {
  constructor(
    message: string,
    readonly unavailable: boolean,
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'SendFailure';
  }
}

/** Retry-After in seconds, as Resend sends it with a 429; anything else is no hint. */
function retryAfter(headers: Record<string, string> | null): number | null {
  const value = headers?.['retry-after']?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** Resend's API; RESEND_BASE_URL points the SDK elsewhere (tests use a local recording server). */
export function resendTransport(apiKey: string, from: string): EmailTransport {
  const resend = new Resend(apiKey);
  return {
    async send(email, idempotencyKey, signal) {
      const { data, error, headers } = await resend.emails.send(
        { from, to: email.to, subject: email.subject, html: email.html, text: email.text },
        { idempotencyKey, signal },
      );
      if (data) return { id: data.id };
      // The SDK answers an aborted request as one that could not be made: say which it was.
      if (signal.aborted) throw new SendFailure('Resend did not answer in time', true);
      const code = error?.statusCode ?? null;
      const status = code ? ` (${code} ${error?.name})` : '';
      // What is wrong with this e-mail alone (invalid, its key in use) does not stop the others;
      // anything else (no answer, the API key refused, a 429, a 5xx) would fail them too.
      const unavailable = code === null || ![400, 409, 422].includes(code);
      throw new SendFailure(`Resend refused the e-mail${status}: ${error?.message ?? 'no answer'}`, unavailable, retryAfter(headers));
    },
  };
}

/** Without an API key nothing leaves the machine: the e-mail stays readable in the outbox. */
export const localTransport: EmailTransport = {
  async send(_email, idempotencyKey) {
    return { id: `local:${idempotencyKey}` };
  },
};
