import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { createUser, linkEmailsTo, newClient, tokensOf } from './sign-in-links';
import { linkIn, recordedEmails, waitForEmail } from './stack';

test.describe('signing in', () => {
  const homes = [
    { role: 'coordinator', email: DEMO.coordinator, lead: 'Planujesz tury konsultacji i zarządzasz użytkownikami.', roundsHeading: 'Wszystkie tury', coordinatorLinks: true },
    { role: 'department', email: DEMO.department, lead: 'Tu zobaczysz tury konsultacji, w których Twój wydział lub jednostka bierze udział.', roundsHeading: 'Tury, w których uczestniczysz', coordinatorLinks: false },
    { role: 'moderator', email: DEMO.moderator, lead: 'Tu zobaczysz tury konsultacji, w których uczestniczy Twój zespół branżowy.', roundsHeading: 'Tury, w których uczestniczysz', coordinatorLinks: false },
  ];

  for (const home of homes) {
    test(`a ${home.role} signs in with the demo account and sees their home`, async ({ page }) => {
      await page.goto('/signin');
      await expectAccessible(page);
      await signInAs(page, home.email);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
      await expect(page.getByText(home.lead)).toBeVisible();
      await expect(page.getByRole('heading', { name: home.roundsHeading })).toBeVisible();
      await expect(page.getByRole('rowheader', { name: /^II tura spotkań branżowych/ })).toBeVisible();
      const panelNav = page.getByRole('navigation', { name: 'Menu panelu' });
      await expect(panelNav.getByRole('link', { name: 'Użytkownicy' })).toHaveCount(home.coordinatorLinks ? 1 : 0);
      await expect(panelNav.getByRole('link', { name: 'Programy i tury' })).toHaveCount(home.coordinatorLinks ? 1 : 0);
      await expectAccessible(page);

      await page.getByRole('button', { name: 'Wyloguj się' }).click();
      await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
      await page.goto('/panel');
      await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpanel$/);
    });
  }

  test('a wrong demo password is refused with a message, and the form keeps the account', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Konto').selectOption(DEMO.moderator);
    await page.getByLabel('Hasło').fill('zgadywanie');
    await page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText('Nieprawidłowe konto lub hasło.');
    await expect(summary).toBeFocused();
    await expect(page.getByLabel('Konto')).toHaveValue(DEMO.moderator);
    await expectAccessible(page);
  });

  test('an invalid address is explained next to the field and in the summary, by keyboard alone', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Adres e-mail').focus();
    await page.keyboard.type('nie-adres');
    await page.keyboard.press('Enter');
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Wpisz poprawny adres e-mail');
    await expect(page.getByLabel('Adres e-mail')).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page);
  });

  test('an unknown address sees the same page as an invited one, and no e-mail is sent', async ({ page }) => {
    const before = (await recordedEmails()).length;
    await page.goto('/signin');
    await page.getByLabel('Adres e-mail').fill('nieznany@tura.test');
    await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
    await expect(page).toHaveURL(/\/signin\/check-email$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprawdź skrzynkę e-mail');
    await expectAccessible(page);
    await page.waitForTimeout(1_000);
    expect((await recordedEmails()).filter((email) => email.to === 'nieznany@tura.test')).toEqual([]);
    expect((await recordedEmails()).length).toBe(before);
  });

  test('makes at most three sign-in links for one address in ten minutes, and says the same every time', async ({ page }) => {
    const email = await createUser();
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': newClient() });
    for (let attempt = 0; attempt < 6; attempt++) {
      await page.goto('/signin');
      await page.getByLabel('Adres e-mail').fill(email);
      await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprawdź skrzynkę e-mail');
    }
    await expect.poll(() => linkEmailsTo(email), { timeout: 15_000 }).toBe(3);
    await page.waitForTimeout(1_500); // and no fourth arrives late
    expect(await linkEmailsTo(email)).toBe(3);
    expect(await tokensOf(email)).toBe(3);
  });

  test('a coordinator invites a user, who signs in with the magic link from the e-mail', async ({ page, browser }) => {
    const email = `nowa.osoba.${Date.now()}@tura.test`;
    await signInAs(page, DEMO.coordinator);
    await page.getByRole('navigation', { name: 'Menu panelu' }).getByRole('link', { name: 'Użytkownicy' }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Zaproś użytkownika' }).click();
    await expectAccessible(page);
    await page.getByLabel('Adres e-mail').fill(email);
    await page.getByLabel('Imię i nazwisko').fill('Ewa Nowa');
    await page.getByLabel('Rola').selectOption({ label: 'Pracownik wydziału lub jednostki' });
    await page.getByLabel('Wydział lub jednostka').selectOption({ label: 'Wydział Sportu' });
    await page.getByRole('button', { name: 'Zaproś i wyślij e-mail' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zaproszono użytkownika i wysłano mu e-mail.' })).toBeVisible();
    await expect(page.getByRole('row', { name: new RegExp(email) })).toContainText('Wydział Sportu');

    const invitation = await waitForEmail(email, /Zaproszenie do Tury/);
    expect(invitation.from).toBe('Tura <tura@tura.test>');
    expect(invitation.idempotencyKey).toMatch(/^outbox-/);

    // The invited person, in their own browser.
    const context = await browser.newContext();
    const invited = await context.newPage();
    await invited.goto(linkIn(invitation, '/signin?email='));
    await expect(invited.getByLabel('Adres e-mail')).toHaveValue(email);
    await invited.getByRole('button', { name: 'Wyślij link do logowania' }).click();
    await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Sprawdź skrzynkę e-mail');

    const magic = await waitForEmail(email, /Link do logowania/);
    await invited.goto(linkIn(magic, '/api/auth/callback/email'));
    await expect(invited).toHaveURL(/\/panel$/);
    await expect(invited.getByText('Zalogowano: Ewa Nowa (Pracownik wydziału lub jednostki)')).toBeVisible();
    await expectAccessible(invited);

    // A magic link works once.
    await invited.getByRole('button', { name: 'Wyloguj się' }).click();
    await invited.goto(linkIn(magic, '/api/auth/callback/email'));
    await expect(invited).toHaveURL(/\/signin\/error/);
    await expectAccessible(invited);
    await context.close();
  });
});

test('the session the browser receives names the user and holds no token', async ({ page }) => {
  await signInAs(page, DEMO.department);
  const session = await (await page.request.get('/api/auth/session')).json();
  expect(Object.keys(session).sort()).toEqual(['expires', 'user']);
  expect(session.user).toEqual({ id: '20000000-0000-4000-8000-000000000002', name: 'Piotr Wiśniewski', email: DEMO.department });
  expect(JSON.stringify(session)).not.toMatch(/eyJ[\w-]+\.[\w-]+\./); // no JWT anywhere
});
