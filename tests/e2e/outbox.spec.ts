import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

test.describe('outbox', () => {
  test('on the local stack, the queued e-mails are readable at /dev/outbox', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Adres e-mail').fill('moderator@tura.example');
    await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprawdź skrzynkę e-mail');

    await page.goto('/dev/outbox');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poczta wychodząca (lokalnie)');
    const message = page.getByRole('listitem').filter({ hasText: 'Do: moderator@tura.example' }).first();
    await expect(message.getByRole('heading', { name: 'Link do logowania w Turze' })).toBeVisible();
    await expect(message.getByRole('link', { name: /Otwórz link z wiadomości/ }).first()).toHaveAttribute('href', /\/api\/auth\/callback\/email\?/);
    await expectAccessible(page);
  });

  test('the scheduler\'s sweep endpoint refuses a caller without the secret', async ({ request }) => {
    expect((await request.post('/api/outbox/dispatch')).status()).toBe(401);
    expect((await request.post('/api/outbox/dispatch', { headers: { Authorization: 'Bearer wrong-secret-of-the-same-length-as-it!!' } })).status()).toBe(401);
  });

  test('the sweep runs for the scheduler with the secret', async ({ request }) => {
    const response = await request.post('/api/outbox/dispatch', { headers: { Authorization: 'Bearer e2e-outbox-dispatch-secret-at-least-32-chars' } });
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ sent: expect.any(Number), failed: expect.any(Number) });
  });
});
