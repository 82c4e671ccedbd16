import { expect, test, type Page } from '@playwright/test';
import type { FailureRule } from '../fixtures/resend-recorder';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { postAction } from './server-actions';
import { RESEND_RECORDER_URL, recordedEmails, serviceDb, waitForEmail } from './stack';

const DISPATCH = { Authorization: 'Bearer e2e-outbox-dispatch-secret-at-least-32-chars' };

const failSends = (rule: FailureRule) => fetch(`${RESEND_RECORDER_URL}/failures`, { method: 'POST', body: JSON.stringify(rule) });
const clearFailures = () => fetch(`${RESEND_RECORDER_URL}/failures`, { method: 'DELETE' });

/**
 * An invitation that Resend refused on its last attempt: queued with seven attempts spent, then
 * swept by the scheduler's route while the stand-in for Resend answers 500 to its address.
 */
async function failedInvitation(page: Page) {
  const to = `niedoreczona-${Date.now()}@tura.test`;
  const db = await serviceDb();
  const { data, error } = await db
    .from('email_outbox')
    .insert({ to_address: to, template: 'invitation', payload: { fullName: 'Anna Niedoręczona', role: 'department', invitedBy: null }, attempts: 7 })
    .select('id')
    .single();
  if (error) throw new Error(error.message);
  await failSends({ to, mode: 'error' });
  expect((await page.request.post('/api/outbox/dispatch', { headers: DISPATCH })).status()).toBe(200);
  await clearFailures();
  const { data: row } = await db.from('email_outbox').select('status, attempts').eq('id', data.id).single();
  expect(row).toEqual({ status: 'failed', attempts: 8 });
  return { id: data.id as string, to };
}

const statusOf = async (id: string) => (await (await serviceDb()).from('email_outbox').select('status').eq('id', id).single()).data?.status;

test.describe('outbox', () => {
  test('the production build has no outbox page, although it runs on the local stack', async ({ request }) => {
    // The magic-link tests read e-mails from the Resend stand-in; the page itself is tested under `next dev` (dev-server.spec.ts).
    for (const path of ['/dev/outbox', '/en/dev/outbox']) {
      expect((await request.get(path)).status(), path).toBe(404);
      expect((await request.get(path, { headers: { 'X-Forwarded-For': '127.0.0.1' } })).status(), path).toBe(404);
    }
  });

  test('the scheduler\'s sweep endpoint refuses a caller without the secret', async ({ request }) => {
    expect((await request.post('/api/outbox/dispatch')).status()).toBe(401);
    expect((await request.post('/api/outbox/dispatch', { headers: { Authorization: 'Bearer wrong-secret-of-the-same-length-as-it!!' } })).status()).toBe(401);
  });

  test('the sweep runs for the scheduler with the secret', async ({ request }) => {
    const response = await request.post('/api/outbox/dispatch', { headers: { Authorization: 'Bearer e2e-outbox-dispatch-secret-at-least-32-chars' } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({
      reminded: expect.any(Number),
      participantsReminded: expect.any(Number),
      signupsPurged: expect.any(Number),
      sent: expect.any(Number),
      failed: expect.any(Number),
    });
  });

  test('a coordinator sees the e-mails Resend refused, with the error and the attempts, and sends one again, which is delivered once', async ({ page }) => {
    const failed = await failedInvitation(page);
    await signInAs(page, DEMO.coordinator);
    await page.getByRole('navigation', { name: 'Menu panelu' }).getByRole('link', { name: 'Poczta' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niewysłane wiadomości');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: failed.to }) });
    await expect(row.getByRole('cell').nth(0)).toHaveText('Zaproszenie do Tury');
    await expect(row.getByRole('cell').nth(3)).toHaveText('8');
    await expect(row.getByRole('cell').nth(4)).toHaveText('Resend refused the e-mail (500 internal_server_error): Recorder told to fail');
    await expectAccessible(page);

    await row.getByRole('button', { name: 'Wyślij ponownie' }).click();
    await expect(page.getByRole('rowheader', { name: failed.to })).toHaveCount(0);
    const email = await waitForEmail(failed.to, /Tur/);
    expect(email.idempotencyKey).toBe(`outbox-${failed.id}`);
    await expect.poll(() => statusOf(failed.id)).toBe('sent');
    expect((await recordedEmails()).filter((sent) => sent.to === failed.to)).toHaveLength(1);
  });

  test('department staff cannot open the list, and the retry action refuses them', async ({ page }) => {
    const failed = await failedInvitation(page);
    await signInAs(page, DEMO.department);
    await expect(page.getByRole('link', { name: 'Poczta' })).toHaveCount(0);
    const response = await page.goto('/panel/poczta');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
    await expect(page.getByText(failed.to)).toHaveCount(0);
    await expectAccessible(page);

    expect(await (await postAction(page.request, 'retryEmailAction', { id: failed.id })).text()).toContain('"formError":"forbidden"');
    expect(await statusOf(failed.id)).toBe('failed');
  });
});

