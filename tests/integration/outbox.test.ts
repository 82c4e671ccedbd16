import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox } from '@/lib/email/dispatcher';
import { resendTransport } from '@/lib/email/transport';
import { startResendRecorder, type ResendRecorder } from '../fixtures/resend-recorder';
import { serviceClient, sql } from './helpers';

let recorder: ResendRecorder;
const appUrl = 'http://localhost:3000';

beforeAll(async () => {
  recorder = await startResendRecorder();
  process.env.RESEND_BASE_URL = recorder.url;
});
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  await recorder.stop();
});

const transport = () => resendTransport('re_test_key', 'Tura <tura@tura.test>');

async function queue(count: number): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) => ({
    to_address: `odbiorca${i}@tura.test`,
    template: 'magic-link',
    payload: { url: `${appUrl}/api/auth/callback/email?token=t${i}` },
  }));
  const { data, error } = await serviceClient().from('email_outbox').insert(rows).select('id');
  if (error) throw new Error(error.message);
  return data.map((row) => row.id as string);
}

const statusOf = async (id: string) =>
  (await sql<{ status: string; attempts: number; last_error: string | null; due_in: number }>(
    `select status, attempts, last_error, extract(epoch from next_attempt_at - now())::int as due_in from public.email_outbox where id = $1`,
    [id],
  ))[0];

const keysSent = () => recorder.received.map((email) => email.idempotencyKey);

describe('outbox dispatch', () => {
  it('two dispatchers at once send every e-mail exactly once', async () => {
    const ids = await queue(25);
    const [first, second] = await Promise.all([
      dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl, batchSize: 3 }),
      dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl, batchSize: 3 }),
    ]);
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(25);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    for (const id of ids) {
      expect(keysSent().filter((key) => key === `outbox-${id}`)).toHaveLength(1);
      expect((await statusOf(id))?.status).toBe('sent');
    }
    expect(new Set(keysSent()).size).toBe(keysSent().length);
  });

  it('sends the rendered Polish e-mail with the magic link, in HTML and plain text', async () => {
    const [id] = await queue(1);
    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    const email = recorder.received.find((sent) => sent.idempotencyKey === `outbox-${id}`)!;
    expect(email).toMatchObject({ to: 'odbiorca0@tura.test', from: 'Tura <tura@tura.test>', subject: 'Link do logowania w Turze', authorization: 'Bearer re_test_key' });
    expect(email.html).toContain(`href="${appUrl}/api/auth/callback/email?token=t0"`);
    expect(email.text).toContain('Link jest ważny 10 minut');
  });

  it('retries a failed e-mail later, with back-off, and sends it once when it is due', async () => {
    const [id] = await queue(1);
    recorder.failNext(1);
    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(await statusOf(id!)).toMatchObject({ status: 'pending', attempts: 1, last_error: expect.stringMatching(/Resend refused/) });
    expect((await statusOf(id!))!.due_in).toBeGreaterThanOrEqual(25);

    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(keysSent()).not.toContain(`outbox-${id}`);

    await sql('update public.email_outbox set next_attempt_at = now() where id = $1', [id]);
    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(await statusOf(id!)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(keysSent().filter((key) => key === `outbox-${id}`)).toHaveLength(1);
  });

  it('gives up after the last attempt and marks the e-mail failed', async () => {
    const [id] = await queue(1);
    await sql('update public.email_outbox set attempts = 7 where id = $1', [id]);
    recorder.failNext(1);
    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(await statusOf(id!)).toMatchObject({ status: 'failed', attempts: 8 });
  });

  it('takes over an e-mail whose dispatcher died once its lease expires, and the dead one cannot settle it', async () => {
    const [id] = await queue(1);
    const { data: claimed } = await serviceClient().rpc('claim_outbox', { batch: 100, lease_seconds: 1 });
    const dead = (claimed as { id: string; lease_id: string }[]).find((row) => row.id === id)!;

    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(keysSent()).not.toContain(`outbox-${id}`);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl });
    expect(keysSent().filter((key) => key === `outbox-${id}`)).toHaveLength(1);

    const { data: settled } = await serviceClient().rpc('settle_outbox', { message_id: id, lease: dead.lease_id, error: 'late' });
    expect(settled).toBe(false);
    expect(await statusOf(id!)).toMatchObject({ status: 'sent', last_error: null });
  });
});
