import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';

test.describe('access by role', () => {
  for (const path of ['/panel/uzytkownicy', '/panel/uzytkownicy/zapros', '/panel/programy', '/panel/programy/nowy']) {
    test(`a department user cannot reach ${path}`, async ({ page }) => {
      await signInAs(page, DEMO.department);
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
      await expect(page.getByRole('button', { name: /Zaproś|Utwórz/ })).toHaveCount(0);
      await expectAccessible(page);
    });
  }

  test('a visitor who is not signed in is sent to sign in', async ({ page }) => {
    await page.goto('/panel/uzytkownicy');
    await expect(page).toHaveURL(/\/signin$/);
  });

  test('a deactivated user loses access at their next request', async ({ page, browser }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto('/panel/uzytkownicy');
    const email = `do.blokady.${Date.now()}@tura.test`;
    await page.getByRole('link', { name: 'Zaproś użytkownika' }).click();
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Imię i nazwisko').fill('Marek Blokowany');
    await page.getByLabel('Rola').selectOption({ label: 'Moderator zespołu' });
    await page.getByRole('button', { name: 'Zaproś i wyślij e-mail' }).click();
    await expect(page.getByRole('row', { name: new RegExp(email) })).toBeVisible();

    // The moderator signs in (through the same magic-link route the e-mail would use) and works.
    const context = await browser.newContext();
    const moderator = await context.newPage();
    const { waitForEmail, linkIn } = await import('./stack');
    await moderator.goto(`/signin?email=${encodeURIComponent(email)}`);
    await moderator.getByRole('button', { name: 'Wyślij link do logowania' }).click();
    await moderator.goto(linkIn(await waitForEmail(email, /Link do logowania/), '/api/auth/callback/email'));
    await expect(moderator).toHaveURL(/\/panel$/);

    // The coordinator deactivates them, after confirming.
    await page.getByRole('link', { name: 'Marek Blokowany' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Zablokuj dostęp' }).click();
    const dialog = page.getByRole('dialog', { name: 'Zablokować dostęp użytkownikowi Marek Blokowany?' });
    await expect(dialog).toContainText('Nie wyślemy jej e-maila');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Tak, zablokuj dostęp' }).click();
    await expect(page.getByRole('definition').filter({ hasText: 'Nieaktywny' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Przywróć dostęp' })).toBeFocused();

    await moderator.reload();
    await expect(moderator).toHaveURL(/\/signin$/);
    await context.close();
  });

  test('a coordinator cannot change their own role or access', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto('/panel/uzytkownicy');
    await page.getByRole('link', { name: 'Anna Nowak' }).click();
    await expect(page.getByText('To Twoje konto.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zapisz rolę' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Zablokuj dostęp' })).toHaveCount(0);
  });
});
