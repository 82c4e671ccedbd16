import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { serviceDb } from './stack';

const SPORTS_DEPARTMENT = '10000000-0000-4000-8000-000000000002';

/** A round that is not public, with an issued version of one meeting; Wydział Sportu takes part when asked. */
async function issuedPrivateRound(options: { withSportsDepartment: boolean }) {
  const db = await serviceDb();
  const title = `Tura robocza ${Date.now()}`;
  // A programme of its own: round numbers are unique within a programme, and other specs number the seeded one's.
  const { data: programme } = await db.from('programmes').insert({ title: `Program ${title}`, year_from: 2012, year_to: 2014 }).select('id').single();
  const { data: round } = await db.from('rounds').insert({ programme_id: programme!.id, number: 1, title, status: 'consultation', is_public: false }).select('id').single();
  if (options.withSportsDepartment) await db.from('round_departments').insert({ round_id: round!.id, department_id: SPORTS_DEPARTMENT });
  const meeting = {
    id: crypto.randomUUID(), teamId: '50000000-0000-4000-8000-000000000001', teamName: 'Zespół ds. rekreacji, sportu i turystyki', scope: null,
    venueId: '60000000-0000-4000-8000-000000000001', venueName: 'MOWIS', venueAddress: 'os. Centrum C 10, 31-931 Kraków', roomId: null, roomName: null,
    startsAt: '2011-11-21T13:00:00.000Z', endsAt: '2011-11-21T15:00:00.000Z', isPublic: false, cancelled: false, changeReason: null, sequence: 0,
  };
  await db.from('schedule_versions').insert({ round_id: round!.id, number: 1, as_of: '2011-11-14', meetings: [meeting] });
  return { id: round!.id as string, title };
}

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

  test('department staff read the schedule of a non-public round they take part in, and nothing of one they do not', async ({ page }) => {
    const theirs = await issuedPrivateRound({ withSportsDepartment: true });
    const other = await issuedPrivateRound({ withSportsDepartment: false });
    await signInAs(page, DEMO.department);
    await expect(page.getByRole('rowheader', { name: theirs.title })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: other.title })).toHaveCount(0);

    await page.goto(`/panel/harmonogram/${theirs.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(theirs.title);
    await expect(page.getByText('Stan na 14.11.2011 r. (wersja 1).')).toBeVisible();
    await expectAccessible(page);

    const response = await page.goto(`/panel/harmonogram/${other.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(other.title)).toHaveCount(0);
    await expectAccessible(page);
  });

  test('a visitor who is not signed in is sent to sign in', async ({ page }) => {
    await page.goto('/panel/uzytkownicy');
    // …with the page asked for, to return to it once signed in.
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpanel%2Fuzytkownicy$/);
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
    const saved = await context.cookies();

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
    await expect(moderator).toHaveURL(/\/signin\?callbackUrl=%2Fpanel&session=ended$/);
    await context.close();

    // Access given back does not revive the sessions that deactivation ended: a replayed cookie is still refused.
    await page.getByRole('button', { name: 'Przywróć dostęp' }).click();
    await page.getByRole('dialog', { name: 'Przywrócić dostęp użytkownikowi Marek Blokowany?' }).getByRole('button', { name: 'Tak, przywróć dostęp' }).click();
    await expect(page.getByRole('button', { name: 'Zablokuj dostęp' })).toBeVisible();
    const replay = await browser.newContext();
    await replay.addCookies(saved);
    const replayed = await replay.newPage();
    await replayed.goto('/panel');
    await expect(replayed).toHaveURL(/\/signin\?callbackUrl=%2Fpanel&session=ended$/);
    await replay.close();
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
