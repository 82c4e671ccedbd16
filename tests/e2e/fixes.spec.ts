import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { postAction } from './server-actions';
import { createUser, linkEmailsTo, newClient } from './sign-in-links';
import { linkIn, recordedEmails, serviceDb } from './stack';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const VENUE = '60000000-0000-4000-8000-000000000001';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** 200 characters without a space: the longest scope the database accepts. */
const LONG_SCOPE = 'wzakresieprzeciwdziałaniawykluczeniuspołecznemu'.repeat(5).slice(0, 200);

/** A public round of its own whose issued schedule has one meeting with a 200-character unbroken scope. */
async function roundWithLongScope(): Promise<string> {
  const db = await serviceDb();
  const tag = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  const { data: programme } = await db.from('programmes').insert({ title: `Program długich słów ${tag}`, year_from: 2010, year_to: 2012 }).select('id').single();
  const { data: round } = await db
    .from('rounds')
    .insert({ programme_id: programme!.id, number: 1, title: `Tura długich słów ${tag}`, status: 'consultation', is_public: true })
    .select('id')
    .single();
  const teamName = `Zespół ds. długich słów ${tag}`;
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: teamName }).select('id').single();
  // A day of its own, so that the venue is free whichever tests ran before.
  const startsAt = new Date(Date.UTC(2005, 0, 1, 9) + Math.floor(Math.random() * 3000) * 86_400_000).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const { data: meeting, error } = await db
    .from('meetings')
    .insert({ round_id: round!.id, team_id: team!.id, scope: LONG_SCOPE, venue_id: VENUE, starts_at: startsAt, ends_at: endsAt, is_public: true })
    .select('id')
    .single();
  expect(error).toBeNull();
  const { error: versionError } = await db.from('schedule_versions').insert({
    round_id: round!.id,
    number: 1,
    as_of: '2011-10-01',
    meetings: [
      { id: meeting!.id, teamId: team!.id, teamName, scope: LONG_SCOPE, venueId: VENUE, venueName: 'MOWIS', venueAddress: 'os. Centrum C 10, 31-931 Kraków', roomId: null, roomName: null, startsAt, endsAt, isPublic: true, cancelled: false, changeReason: null, sequence: 0 },
    ],
  });
  expect(versionError).toBeNull();
  return round!.id as string;
}

/** The page is no wider than the window (nothing pushed off to the side), and every cell of every meeting is within it. */
async function expectFitsWindow(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  const cells = page.locator('tbody tr > :is(th, td):visible');
  expect(await cells.count()).toBeGreaterThan(3);
  for (const cell of await cells.all()) {
    const box = (await cell.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(width);
  }
}

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

test.describe('the public schedule on a phone and with long words', () => {
  test('on a 390 px phone each meeting reads as a card: date, place and sign-up in view, labelled', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/tury/${SEEDED_ROUND}`);
    await expectFitsWindow(page, PHONE.width);
    const row = page.getByRole('row', { name: /w zakresie rekreacji i sportu/ });
    const date = row.getByText('11.10.2011 r., godz. 14:00–16:00');
    await expect(date).toBeInViewport();
    const dateBox = (await date.boundingBox())!;
    expect(dateBox.x + dateBox.width).toBeLessThanOrEqual(PHONE.width);
    // Each cell says which column it is, as the table's header would.
    await expect(row.locator('td[data-label="Data i godzina spotkania"]')).toBeVisible();
    expect(await row.locator('td').first().evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Miejsce spotkania"');
    await expectAccessible(page);
    await shot(page, 'schedule-phone');
  });

  test('a 200-character scope wraps, on a phone and on a desktop, and pushes no column out of view', async ({ page }) => {
    const roundId = await roundWithLongScope();
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      await page.goto(`/tury/${roundId}`);
      const scope = page.getByText(LONG_SCOPE);
      await expect(scope).toBeVisible();
      await expectFitsWindow(page, viewport.width);
      // On a desktop the table keeps its columns, the scope taking no more than its share.
      if (viewport === DESKTOP) {
        expect((await scope.boundingBox())!.width).toBeLessThan(DESKTOP.width / 2);
        const lastHeader = page.getByRole('columnheader', { name: 'Zapisy' });
        await expect(lastHeader).toBeInViewport();
      }
      await shot(page, `long-scope-${viewport.width}`);
    }
    await expectAccessible(page);
  });
});

test.describe('small things people notice', () => {
  test('an unknown address gets the app\'s own 404 page in the reader\'s language', async ({ page }) => {
    const polish = await page.goto('/nie-ma-takiej-strony');
    expect(polish!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Nie ma takiej strony' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expectAccessible(page);

    const english = await page.goto('/en/no-such-page');
    expect(english!.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expectAccessible(page);
  });

  test('English pages write dates day first and hours to 24, as in Europe, at the /en address', async ({ page }) => {
    await page.goto(`/en/tury/${SEEDED_ROUND}`);
    expect(new URL(page.url()).pathname).toBe(`/en/tury/${SEEDED_ROUND}`);
    // 11 October 2011, 14:00 Warsaw time; American English would write "10/11/2011, 02:00 PM".
    await expect(page.getByRole('row', { name: /w zakresie rekreacji i sportu/ })).toContainText('11/10/2011, 14:00–16:00');
    await expect(page.getByRole('table')).not.toContainText(/AM|PM/);
    // The English pages' links stay under /en.
    await expect(page.getByRole('link', { name: /All versions of the schedule/ })).toHaveAttribute('href', `/en/tury/${SEEDED_ROUND}/wersje`);
    await shot(page, 'schedule-english');
  });

  test('the link to the schedule\'s versions is there from the first version on', async ({ page }) => {
    const roundId = await roundWithLongScope();
    await page.goto(`/tury/${roundId}`);
    await page.getByRole('link', { name: 'Wszystkie wersje harmonogramu (1)' }).click();
    await expect(page.getByRole('link', { name: 'Wersja 1, stan na 01.10.2011 r.' })).toBeVisible();
  });
});

test.describe('signing in from a deep link', () => {
  const signInWithDemo = async (page: Page, email: string) => {
    await page.getByLabel('Konto').selectOption(email);
    await page.getByLabel('Hasło').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
  };

  test('the demo login leads back to the page asked for, in its language', async ({ page }) => {
    const asked = `/en/panel/harmonogram/${SEEDED_ROUND}`;
    await page.goto(asked);
    await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=/);
    expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(asked);
    await page.goto(`/signin?callbackUrl=${encodeURIComponent(asked)}`);
    await signInWithDemo(page, DEMO.coordinator);
    await expect(page).toHaveURL((url) => url.pathname === asked);
  });

  test('an address outside the app is not followed: the sign-in leads to the panel', async ({ page }) => {
    for (const outside of ['//evil.example/panel', 'https://evil.example/', '/\\evil.example']) {
      await page.context().clearCookies();
      await page.goto(`/signin?callbackUrl=${encodeURIComponent(outside)}`);
      await signInWithDemo(page, DEMO.coordinator);
      await expect(page).toHaveURL((url) => url.origin === new URL(page.url()).origin && url.pathname === '/panel');
      expect(new URL(page.url()).host).not.toContain('evil');
    }
  });

  test('the magic link carries the page asked for, and only a path of this app', async ({ page, request }) => {
    const invited = await createUser();
    await postAction(request, 'requestMagicLinkAction', { email: invited, callbackUrl: '//evil.example/' }, { 'X-Forwarded-For': newClient() });
    await expect.poll(() => linkEmailsTo(invited)).toBe(1);
    const refused = linkIn((await recordedEmails()).find((sent) => sent.to === invited)!, '/api/auth/callback/email');
    expect(new URL(refused).searchParams.get('callbackUrl')).toBe('/panel');

    await postAction(request, 'requestMagicLinkAction', { email: invited, callbackUrl: '/en/panel?from=link' }, { 'X-Forwarded-For': newClient() });
    await expect.poll(() => linkEmailsTo(invited)).toBe(2);
    const kept = linkIn((await recordedEmails()).filter((sent) => sent.to === invited)[1]!, '/api/auth/callback/email');
    expect(new URL(kept).searchParams.get('callbackUrl')).toBe('/en/panel?from=link');
    await page.goto(kept);
    await expect(page).toHaveURL((url) => url.pathname === '/en/panel' && url.search === '?from=link');
  });
});

test.describe('the moderator\'s home', () => {
  test('lists their teams as links to the team\'s page, which they read without the coordinator\'s forms', async ({ page }) => {
    await signInAs(page, DEMO.moderator);
    const teams = page.getByRole('region', { name: 'Zespoły, które moderujesz' });
    const link = teams.getByRole('link', { name: 'Zespół ds. kultury' });
    await link.click();
    await expect(page).toHaveURL(/\/panel\/zespoly\/50000000-0000-4000-8000-000000000004$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Zespół ds. kultury' })).toBeVisible();
    // The moderator's term reads as on the coordinator's page; the forms to change it are not there.
    await expect(page.getByRole('row', { name: /10\.05\.2011/ })).toBeVisible();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('textbox')).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, 'moderator-team');
    // Another team's page stays the coordinator's.
    const other = await page.goto('/panel/zespoly/50000000-0000-4000-8000-000000000001');
    expect(other!.status()).toBe(403);
  });
});
