import { expect, test } from '@playwright/test';

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
});
