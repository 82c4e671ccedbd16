import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { errorSummary } from './forms';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_PROGRAMME = '30000000-0000-4000-8000-000000000001';

/** A Content-Security-Policy as directive → sources. */
function directives(policy: string | undefined): Record<string, string[]> {
  expect(policy, 'a Content-Security-Policy').toBeTruthy();
  return Object.fromEntries(policy!.split(';').map((directive) => directive.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
}

const nonceOf = (policy: string | undefined) => directives(policy)['script-src']?.find((source) => source.startsWith("'nonce-"))?.slice(7, -1);

/** `scripts`: the page's own, under this response's nonce; or none at all (a public page from the cache, lib/public-cache). */
function expectSecurityHeaders(headers: Record<string, string>, scripts: 'nonce' | 'none' = 'nonce') {
  const policy = directives(headers['content-security-policy']);
  if (scripts === 'nonce') {
    expect(policy['script-src']).toEqual(["'self'", expect.stringMatching(/^'nonce-[A-Za-z0-9+/]{22}=='$/), "'strict-dynamic'"]);
  } else {
    expect(policy['script-src']).toEqual(["'none'"]);
    expect(policy['style-src']).toEqual(["'self'"]);
  }
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(policy['style-src']).not.toContain("'unsafe-inline'");
  expect(policy['default-src']).toEqual(["'self'"]);
  expect(policy['frame-ancestors']).toEqual(["'none'"]);
  expect(policy['object-src']).toEqual(["'none'"]);
  expect(policy['base-uri']).toEqual(["'self'"]);
  expect(policy['form-action']).toEqual(["'self'"]);
  expect(headers['strict-transport-security']).toMatch(/^max-age=31536000; includeSubDomains$/);
  // A sign-in link's token never leaves with the address: no referrer at all to other sites.
  expect(headers['referrer-policy']).toBe('same-origin');
  for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['permissions-policy']).toContain(`${feature}=()`);
  expect(headers['x-content-type-options']).toBe('nosniff');
}

test.describe('security headers', () => {
  const anonymous = [
    { what: 'a public page', path: '/', status: 200, scripts: 'none' },
    { what: 'a public page in English', path: `/en/tury/${SEEDED_ROUND}`, status: 200, scripts: 'none' },
    { what: 'a public page with a form', path: '/signin', status: 200 },
    { what: "next-auth's session", path: '/api/auth/session', status: 200 },
    { what: "next-auth's CSRF token", path: '/api/auth/csrf', status: 200 },
    { what: 'an API route (the calendar feed)', path: `/api/rounds/${SEEDED_ROUND}/calendar`, status: 200 },
    { what: 'an API error', path: '/api/rounds/not-a-round/calendar', status: 404 },
    { what: 'a page that does not exist', path: '/nie-ma-takiej-strony', status: 404 },
    { what: 'an API route that does not exist', path: '/api/nie-ma', status: 404 },
    { what: 'a redirect to sign in', path: '/panel', status: 307 },
  ];
  for (const { what, path, status, scripts } of anonymous) {
    test(`are sent with ${what}`, async ({ request }) => {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status()).toBe(status);
      expectSecurityHeaders(response.headers(), scripts === 'none' ? 'none' : 'nonce');
    });
  }

  test('are sent with a signed-in page', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    const response = await page.goto(`/panel/programy/${SEEDED_PROGRAMME}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Wieloletni Program Współpracy');
    expectSecurityHeaders(await response!.allHeaders());
  });

  test('give every response its own nonce, which Next.js puts on every script of the page', async ({ request }) => {
    const first = await request.get('/signin');
    const second = await request.get('/signin');
    const nonce = nonceOf(first.headers()['content-security-policy']);
    expect(nonce).toBeTruthy();
    expect(nonceOf(second.headers()['content-security-policy'])).not.toBe(nonce);

    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((script) => !script.includes(`nonce="${nonce}"`))).toEqual([]);
  });
});

test('a person reads the public pages, signs in, uses forms and signs out without one Content-Security-Policy violation', async ({ page }) => {
  // Chromium reports each violation (and each script error) as a console error.
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await page.goto('/');
  await page.getByRole('link', { name: 'II tura spotkań branżowych', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('II tura spotkań branżowych');
  await page.goto(`/tury/${SEEDED_ROUND}/wersje`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Deklaracja dostępności' }).click();
  await expect(page).toHaveURL(/\/deklaracja-dostepnosci$/);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');

  // Client-side validation answers at once only if the page hydrated, that is if its scripts ran.
  await page.goto('/signin');
  await page.getByLabel('Adres e-mail').fill('nie-adres');
  await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
  await expect(errorSummary(page)).toBeFocused();

  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/programy/${SEEDED_PROGRAMME}`);
  await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();
  await page.waitForLoadState('networkidle');

  expect(errors).toEqual([]);
});
