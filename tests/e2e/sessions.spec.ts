import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { postAction } from './server-actions';
import { asOwner, auditedWrites } from './stack';

type Cookies = Awaited<ReturnType<BrowserContext['cookies']>>;

/** The session the latest sign-in of `email` started (the suite runs one test at a time). */
async function latestSession(email: string): Promise<string> {
  const [row] = await asOwner<{ id: string }>(
    `select s.id from public.user_sessions s join public.profiles p on p.id = s.profile_id
      where p.email = $1 and s.revoked_at is null order by s.created_at desc limit 1`,
    [email],
  );
  if (!row) throw new Error(`No open session of ${email}`);
  return row.id;
}

/** A browser holding nothing but the given cookies: a replay of a session cookie copied earlier. */
async function replaying(browser: Browser, baseURL: string, cookies: Cookies): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies(cookies);
  return context;
}

/** The panel refuses the browser: to sign in, told why, with the page asked for kept. */
async function expectSentToSignIn(page: Page) {
  await page.goto('/panel');
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fpanel&session=ended$/);
  await expect(page.getByRole('status').filter({ hasText: /\S/ })).toHaveText(
    'Twoja sesja wygasła (po 30 minutach bezczynności albo 12 godzinach od zalogowania) albo została zakończona. Zaloguj się ponownie.',
  );
}

test.describe('sessions', () => {
  test('a session cookie copied before signing out is refused when replayed: no page, no action, no session', async ({ page, browser, baseURL }) => {
    await signInAs(page, DEMO.coordinator);
    const saved = await page.context().cookies();
    expect(saved.some((cookie) => cookie.name === 'authjs.session-token')).toBe(true);
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();

    const replay = await replaying(browser, baseURL!, saved);
    const replayed = await replay.newPage();
    await expectSentToSignIn(replayed);
    await expectAccessible(replayed);
    expect(await (await replay.request.get('/api/auth/session')).json()).toBeNull();
    const before = await auditedWrites();
    const answer = await (await postAction(replay.request, 'createVenueAction', { name: `Sala po wylogowaniu ${Date.now()}`, address: '', rooms: '' })).text();
    expect(answer).toContain('"formError":"signedOut"');
    expect(await auditedWrites()).toBe(before);
    await replay.close();
  });

  test('a session idle for 30 minutes ends, one that was used within them goes on', async ({ page }) => {
    await signInAs(page, DEMO.department);
    const session = await latestSession(DEMO.department);
    await asOwner("update public.user_sessions set last_seen_at = now() - interval '29 minutes' where id = $1", [session]);
    await page.goto('/panel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');
    // That request counts: the idle clock starts again.
    const [seen] = await asOwner<{ idle: number }>('select extract(epoch from now() - last_seen_at)::int as idle from public.user_sessions where id = $1', [session]);
    expect(seen!.idle).toBeLessThan(60);

    await asOwner("update public.user_sessions set last_seen_at = now() - interval '31 minutes' where id = $1", [session]);
    await expectSentToSignIn(page);
    await expectAccessible(page);
  });

  test('a session ends 12 hours after signing in, however recently it was used', async ({ page }) => {
    await signInAs(page, DEMO.moderator);
    const session = await latestSession(DEMO.moderator);
    await asOwner("update public.user_sessions set created_at = now() - interval '11 hours 59 minutes' where id = $1", [session]);
    await page.goto('/panel');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');

    await asOwner("update public.user_sessions set created_at = now() - interval '12 hours 1 minute', last_seen_at = now() where id = $1", [session]);
    await expectSentToSignIn(page);
    // Signing in again starts a new session.
    await signInAs(page, DEMO.moderator);
    expect(await latestSession(DEMO.moderator)).not.toBe(session);
  });
});
