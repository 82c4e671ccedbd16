import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { dispatchOutbox, type DispatchOptions } from '@/lib/email/dispatcher';
import { resendTransport } from '@/lib/email/transport';
import { startResendRecorder, type ResendRecorder } from '../fixtures/resend-recorder';
import { anonClient, auditOf, clientAs, createUser, serviceClient, sql } from './helpers';

let recorder: ResendRecorder;
const appUrl = 'http://localhost:3000';

beforeAll(async () => {
  recorder = await startResendRecorder();
  process.env.RESEND_BASE_URL = recorder.url;
});
afterEach(() => recorder.clearFailures());
afterAll(async () => {
  delete process.env.RESEND_BASE_URL;
  await recorder.stop();
});

const transport = () => resendTransport('re_test_key', 'Tura <tura@tura.test>');
const dispatch = (options: Partial<DispatchOptions> = {}) => dispatchOutbox({ client: serviceClient(), transport: transport(), appUrl, ...options });

/** Queues `count` sign-in e-mails (or another template's) to `<prefix><i>-<unique>@tura.test`. */
interface Queued {
  id: string;
  to: string;
}

async function queue(count: number, { prefix = 'odbiorca', template = 'magic-link' } = {}): Promise<Queued[]> {
  const run = randomUUID().slice(0, 8);
  const rows = Array.from({ length: count }, (_, i) => ({
    to_address: `${prefix}${i}-${run}@tura.test`,
    template,
    payload: template === 'magic-link' ? { url: `${appUrl}/api/auth/callback/email?token=t${i}` } : { fullName: `Osoba ${i}`, role: 'department', invitedBy: null },
  }));
  const { data, error } = await serviceClient().from('email_outbox').insert(rows).select('id, to_address');
  if (error) throw new Error(error.message);
  return data.map((row) => ({ id: row.id as string, to: row.to_address as string }));
}

const queueOne = async (options: Parameters<typeof queue>[1] = {}) => (await queue(1, options))[0]!;

interface OutboxState {
  status: string;
  attempts: number;
  last_error: string | null;
  provider_message_id: string | null;
  /** Seconds until the next attempt is due. */
  due_in: number;
}

const statusOf = async (id: string) =>
  (await sql<OutboxState>(
    `select status, attempts, last_error, provider_message_id, extract(epoch from next_attempt_at - now())::float8 as due_in
       from public.email_outbox where id = $1`,
    [id],
  ))[0]!;

const makeDue = (ids: string[]) => sql('update public.email_outbox set next_attempt_at = now() where id = any($1)', [ids]);

/** The e-mails the recipient (each queued e-mail's own) got: Resend delivers once per idempotency key. */
const deliveries = (to: string) => recorder.received.filter((email) => email.to === to);
/** Every request the dispatchers made for the recipient's e-mail, failed and repeated ones included. */
const requests = (to: string) => recorder.requests.filter((request) => request.to === to);

describe('outbox dispatch', () => {
  it('two dispatchers at once ask Resend for every e-mail exactly once', async () => {
    const queued = await queue(25);
    const [first, second] = await Promise.all([dispatch({ batchSize: 3 }), dispatch({ batchSize: 3 })]);
    expect(first.sent + second.sent).toBeGreaterThanOrEqual(25);
    expect(first.sent).toBeGreaterThan(0);
    expect(second.sent).toBeGreaterThan(0);
    for (const { id, to } of queued) {
      expect(requests(to)).toHaveLength(1);
      expect(deliveries(to)).toHaveLength(1);
      expect((await statusOf(id)).status).toBe('sent');
    }
  });

  it('sends the rendered Polish e-mail with the magic link, in HTML and plain text', async () => {
    const { id, to } = await queueOne();
    await dispatch();
    const [email] = deliveries(to);
    expect(email).toMatchObject({ idempotencyKey: `outbox-${id}`, to, from: 'Tura <tura@tura.test>', subject: 'Link do logowania w Turze', authorization: 'Bearer re_test_key' });
    expect(email!.html).toContain(`href="${appUrl}/api/auth/callback/email?token=t0"`);
    expect(email!.text).toContain('Link jest ważny 10 minut');
  });

  it('retries an e-mail that Resend answered with a 500 later, with back-off, and sends it once when it is due', async () => {
    const { id, to } = await queueOne();
    recorder.fail({ to, mode: 'error', times: 1 });
    await dispatch();
    expect(await statusOf(id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Resend refused the e-mail (500 internal_server_error): Recorder told to fail' });
    expect((await statusOf(id)).due_in).toBeGreaterThanOrEqual(14);

    await dispatch();
    expect(requests(to)).toHaveLength(1);

    await makeDue([id]);
    await dispatch();
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2, last_error: null });
    expect(requests(to).map((request) => request.answer)).toEqual([500, 200]);
    expect(deliveries(to)).toHaveLength(1);
  });

  it('waits twice as long after each failure, up to an hour, each wait shortened at random by up to half, and gives up after the eighth', async () => {
    const { id, to } = await queueOne();
    recorder.fail({ to, mode: 'error' });
    for (let attempt = 1; attempt <= 7; attempt++) {
      await dispatch();
      const state = await statusOf(id);
      const full = Math.min(3600, 30 * 2 ** (attempt - 1));
      expect(state).toMatchObject({ status: 'pending', attempts: attempt });
      expect(state.due_in, `wait after attempt ${attempt}`).toBeGreaterThanOrEqual(full / 2 - 1);
      expect(state.due_in, `wait after attempt ${attempt}`).toBeLessThanOrEqual(full);
      await makeDue([id]);
    }
    await dispatch();
    expect(await statusOf(id)).toMatchObject({ status: 'failed', attempts: 8 });
    expect(requests(to)).toHaveLength(8);
    expect(deliveries(to)).toHaveLength(0);

    await makeDue([id]);
    await dispatch();
    expect(requests(to)).toHaveLength(8);
  });

  it('spreads the retries of e-mails that failed together', async () => {
    const queued = await queue(10, { prefix: 'awaria' });
    for (const { to } of queued) recorder.fail({ to, mode: 'error', times: 1 });
    // Each sweep stops at its first failure: one sweep an e-mail.
    for (let sweep = 0; sweep < 10; sweep++) await dispatch();
    const waits = await Promise.all(queued.map(async ({ id }) => (await statusOf(id)).due_in));
    for (const wait of waits) expect(wait).toBeGreaterThanOrEqual(14);
    for (const wait of waits) expect(wait).toBeLessThanOrEqual(30);
    expect(Math.max(...waits) - Math.min(...waits)).toBeGreaterThan(2);
  });

  it('waits as long as a 429 says in Retry-After, however short its own back-off', async () => {
    const { id, to } = await queueOne();
    recorder.fail({ to, mode: 'rate-limit', retryAfterSeconds: 600, times: 1 });
    await dispatch();
    const state = await statusOf(id);
    expect(state).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Resend refused the e-mail (429 rate_limit_exceeded): Too many requests' });
    expect(state.due_in).toBeGreaterThanOrEqual(598);
    expect(state.due_in).toBeLessThanOrEqual(600);
  });

  it('counts a send that Resend never answers as a failed attempt, without waiting for it, and does not deliver it twice when it is sent again', async () => {
    const { id, to } = await queueOne();
    recorder.fail({ to, mode: 'hang', times: 1 });
    const started = Date.now();
    expect(await dispatch({ sendTimeoutMs: 500 })).toMatchObject({ failed: expect.any(Number) });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await statusOf(id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Resend did not answer in time' });
    // Resend took it: the recipient has it already.
    expect(deliveries(to)).toHaveLength(1);

    await makeDue([id]);
    await dispatch({ sendTimeoutMs: 500 });
    expect(requests(to).map((request) => [request.answer, request.replayed])).toEqual([
      ['hung', false],
      [200, true],
    ]);
    expect(deliveries(to)).toHaveLength(1);
    expect(await statusOf(id)).toMatchObject({ status: 'sent', attempts: 2, provider_message_id: deliveries(to)[0]!.id });
  });

  it('stops the sweep once Resend hangs: it waits for one send, and the e-mails it has not tried keep their attempts', async () => {
    const queued = await queue(5, { prefix: 'zawieszony' });
    for (const { to } of queued) recorder.fail({ to, mode: 'hang' });
    const started = Date.now();
    await dispatch({ batchSize: 5, sendTimeoutMs: 1_000 });
    expect(Date.now() - started).toBeLessThan(3_000);
    const states = await Promise.all(queued.map(({ id }) => statusOf(id)));
    expect(states.map((state) => state.attempts).sort()).toEqual([0, 0, 0, 0, 1]);
    const untried = states.filter((state) => state.attempts === 0);
    expect(untried.every((state) => state.status === 'pending' && state.due_in <= 0 && state.last_error === null)).toBe(true);
    expect(queued.map(({ to }) => requests(to).length).sort()).toEqual([0, 0, 0, 0, 1]);

    // Not leased any more: the next sweep, with Resend back, sends them (the one that hung, Resend took).
    recorder.clearFailures();
    await dispatch();
    expect(queued.map(({ to }) => deliveries(to).length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('goes on with the others when Resend refuses one e-mail as invalid', async () => {
    const queued = await queue(3, { prefix: 'zly-adres' });
    recorder.fail({ to: queued[0]!.to, mode: 'invalid' });
    expect(await dispatch()).toMatchObject({ failed: 1 });
    expect(await statusOf(queued[0]!.id)).toMatchObject({ status: 'pending', attempts: 1, last_error: 'Resend refused the e-mail (422 validation_error): Invalid `to` field' });
    expect(queued.slice(1).map(({ to }) => deliveries(to).length)).toEqual([1, 1]);
  });

  it('two dispatchers at once, with Resend failing, hanging and limiting the rate, deliver every e-mail once and ask once per attempt', async () => {
    const queued = await queue(12, { prefix: 'niepewny' });
    const [failing, limited, hanging] = queued as [Queued, Queued, Queued];
    recorder.fail({ to: failing.to, mode: 'error', times: 2 });
    recorder.fail({ to: limited.to, mode: 'rate-limit', retryAfterSeconds: 1, times: 1 });
    recorder.fail({ to: hanging.to, mode: 'hang', times: 1 });
    const ids = queued.map(({ id }) => id);
    // Each dispatcher stops at its first failure, giving back what it has not tried.
    for (let sweep = 0; sweep < 6; sweep++) {
      await Promise.all([dispatch({ batchSize: 2, sendTimeoutMs: 300 }), dispatch({ batchSize: 2, sendTimeoutMs: 300 })]);
      await makeDue(ids);
    }
    for (const { id, to } of queued) {
      const state = await statusOf(id);
      expect(state.status).toBe('sent');
      expect(deliveries(to)).toHaveLength(1);
      expect(requests(to)).toHaveLength(state.attempts);
    }
    expect(queued.map(({ to }) => requests(to).length).reduce((sum, count) => sum + count)).toBe(12 + 2 + 1 + 1);
  });

  it('takes over an e-mail whose dispatcher died once its lease expires, and the dead one cannot settle it', async () => {
    const { id, to } = await queueOne();
    const { data: claimed } = await serviceClient().rpc('claim_outbox', { batch: 100, lease_seconds: 1 });
    const dead = (claimed as { id: string; lease_id: string }[]).find((row) => row.id === id)!;

    await dispatch();
    expect(requests(to)).toHaveLength(0);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await dispatch();
    expect(requests(to)).toHaveLength(1);

    const { data: settled } = await serviceClient().rpc('settle_outbox', { message_id: id, lease: dead.lease_id, error: 'late' });
    expect(settled).toBe(false);
    expect(await statusOf(id)).toMatchObject({ status: 'sent', last_error: null });
  });
});

describe('failed e-mails', () => {
  /** An invitation that failed its eighth attempt, as the dispatcher leaves it. */
  async function failedInvitation(template = 'invitation') {
    const { id, to } = await queueOne({ prefix: 'nieudane', template });
    await sql(
      `update public.email_outbox set status = 'failed', attempts = 8, last_error = 'Resend refused the e-mail (500 internal_server_error): awaria',
              last_attempt_at = now() where id = $1`,
      [id],
    );
    return { id, to };
  }

  it('a coordinator reads them, with the error and the attempts, but not what they carry, nor pending, sent or sign-in e-mails', async () => {
    const coordinator = await clientAs(await createUser('coordinator'));
    const failed = await failedInvitation();
    const failedLink = await failedInvitation('magic-link');
    const pending = await queueOne({ template: 'invitation' });

    const { data, error } = await coordinator.from('email_outbox').select('id, to_address, template, status, attempts, last_error, last_attempt_at');
    expect(error).toBeNull();
    const ids = data!.map((row) => row.id);
    expect(data!.find((row) => row.id === failed.id)).toMatchObject({ to_address: failed.to, template: 'invitation', status: 'failed', attempts: 8, last_error: expect.stringMatching(/awaria/) });
    expect(ids).not.toContain(failedLink.id);
    expect(ids).not.toContain(pending.id);
    expect(data!.every((row) => row.status === 'failed')).toBe(true);

    expect((await coordinator.from('email_outbox').select('payload').eq('id', failed.id)).error?.code).toBe('42501');
    expect((await coordinator.from('email_outbox').select('lease_id').eq('id', failed.id)).error?.code).toBe('42501');
  });

  it.each(['department', 'moderator'] as const)('%s reads none of them, and anon is refused', async (role) => {
    const failed = await failedInvitation();
    const client = await clientAs(await createUser(role));
    expect((await client.from('email_outbox').select('id').eq('id', failed.id)).data).toEqual([]);
    expect((await anonClient().from('email_outbox').select('id').eq('id', failed.id)).error?.code).toBe('42501');
  });

  it('a coordinator sends one again: due now with a new set of attempts, audited, and then delivered once with the same key', async () => {
    const user = await createUser('coordinator');
    const failed = await failedInvitation();
    const { error } = await (await clientAs(user)).rpc('retry_email', { message_id: failed.id });
    expect(error).toBeNull();
    const state = await statusOf(failed.id);
    expect(state).toMatchObject({ status: 'pending', attempts: 0 });
    expect(state.due_in).toBeLessThanOrEqual(0);
    expect((await auditOf(failed.id)).at(-1)).toMatchObject({ op: 'UPDATE', action: 'outbox.retried', actor_id: user.id, record: { status: 'pending', attempts: 0 } });

    await dispatch();
    expect(await statusOf(failed.id)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(deliveries(failed.to)).toMatchObject([{ to: failed.to, subject: expect.stringMatching(/Tur/) }]);
  });

  it.each(['department', 'moderator'] as const)('%s cannot send one again, and nothing changes', async (role) => {
    const failed = await failedInvitation();
    const { error } = await (await clientAs(await createUser(role))).rpc('retry_email', { message_id: failed.id });
    expect(error).toMatchObject({ code: '42501', hint: 'outbox.forbidden' });
    expect(await statusOf(failed.id)).toMatchObject({ status: 'failed', attempts: 8 });
    expect((await auditOf(failed.id)).map((row) => row.action)).not.toContain('outbox.retried');
  });

  it('refuses an e-mail that has not failed, or a sign-in link, which would be dead by now', async () => {
    const coordinator = await clientAs(await createUser('coordinator'));
    const pending = await queueOne({ template: 'invitation' });
    const failedLink = await failedInvitation('magic-link');
    for (const id of [pending.id, failedLink.id, randomUUID()]) {
      expect((await coordinator.rpc('retry_email', { message_id: id })).error).toMatchObject({ code: 'P0002', hint: 'outbox.not_failed' });
    }
    expect(await statusOf(failedLink.id)).toMatchObject({ status: 'failed', attempts: 8 });
  });
});
