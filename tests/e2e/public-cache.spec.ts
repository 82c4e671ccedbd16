import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { appEnv } from '@/lib/local-stack/app-env';
import { killOnExit, waitForHttp } from '@/lib/local-stack/children';
import { loadLocalSecrets } from '@/lib/local-stack/secrets';
import { supabaseEnv } from '@/lib/local-stack/stack';
import { CHECK_EVERY_MS } from '@/lib/public-cache/cache';
import { DEMO, signInAs } from './auth';
import { E2E_AUTH_SECRET, E2E_PORT, E2E_PORTS, E2E_SECRETS_FILE, serviceDb } from './stack';

/**
 * Public pages are rendered once and served from each server's memory, without scripts, until the
 * database says something public changed. Two servers run here on one database, as a deployment
 * with several instances would: the first is the browser tests' own, the second starts beside it.
 */
const FIRST = `http://localhost:${E2E_PORT}`;
const SECOND_PORT = E2E_PORT + 2;
const SECOND = `http://localhost:${SECOND_PORT}`;
/** The longest a change takes to show on a server it was not made on: one generation check, plus a rendering. */
const BOUND_MS = CHECK_EVERY_MS + 1_000;

let second: ChildProcess;

test.beforeAll(async () => {
  const secrets = await loadLocalSecrets(E2E_SECRETS_FILE);
  const env = appEnv('start', SECOND, supabaseEnv(E2E_PORTS.api, secrets), secrets);
  second = killOnExit(
    spawn(path.resolve('node_modules/.bin/tsx'), ['lib/runtime/server.ts', '--hostname', 'localhost', '--port', String(SECOND_PORT)], {
      env: { ...env, AUTH_SECRET: E2E_AUTH_SECRET, APP_URL: SECOND },
      stdio: 'ignore',
    }),
  );
  expect(await waitForHttp(SECOND, second)).toBe(true);
});

test.afterAll(() => {
  second.kill('SIGTERM');
});

async function read(base: string, pagePath: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${pagePath}`, { headers, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** A public round of its own, so that its title may change without touching what other tests read. */
async function publicRound() {
  const db = await serviceDb();
  const stamp = Date.now();
  const { data: programme } = await db.from('programmes').insert({ title: `Program pamięci podręcznej ${stamp}`, year_from: 2041, year_to: 2043 }).select('id').single().throwOnError();
  const { data: round } = await db
    .from('rounds')
    .insert({ programme_id: programme!.id, number: 1, title: `Tura czytana ${stamp}`, starts_on: '2041-10-01', ends_on: '2041-10-31', is_public: true })
    .select('id, title')
    .single()
    .throwOnError();
  return { db, id: round!.id as string, title: round!.title as string };
}

test('a visitor reads a public page without a script, served from memory after its first reading', async () => {
  const round = await publicRound();
  const first = await read(FIRST, `/tury/${round.id}`);
  const again = await read(FIRST, `/tury/${round.id}`);
  expect(first.status).toBe(200);
  expect(first.text).toContain(round.title);
  expect(again.headers.get('x-tura-cache')).toBe('hit');
  expect(again.text).toBe(first.text);

  // No script at all, and a policy under which none could run.
  expect(again.text).not.toMatch(/<script|as="script"|nonce=/i);
  expect(again.headers.get('content-security-policy')).toContain("script-src 'none'");
  expect(again.headers.get('set-cookie')).toBeNull();

  // Compressed when the reader accepts it; a browser that has it gets a 304.
  const gzipped = await fetch(`${FIRST}/tury/${round.id}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(gzipped.headers.get('content-encoding')).toBe('gzip');
  expect(await gzipped.text()).toBe(first.text);
  const unchanged = await read(FIRST, `/tury/${round.id}`, { 'if-none-match': again.headers.get('etag')! });
  expect(unchanged.status).toBe(304);

  // A round that is not public is a 404, every time: nothing of it is kept.
  await round.db.from('rounds').update({ is_public: false }).eq('id', round.id).throwOnError();
  await expect.poll(async () => (await read(FIRST, `/tury/${round.id}`)).status, { timeout: BOUND_MS }).toBe(404);
  expect((await read(FIRST, `/tury/${round.id}`)).headers.get('x-tura-cache')).toBeNull();
});

test('a signed-in reader gets the page rendered for them, with its scripts under their own nonce', async ({ page }) => {
  await signInAs(page, DEMO.coordinator);
  const response = await page.goto('/');
  expect(response!.headers()['x-tura-cache']).toBeUndefined();
  expect(response!.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
  await expect(page.getByRole('link', { name: 'Panel' })).toBeVisible();
});

test('a change shows at once on the server it was made through, and within the bound on the other', async ({ page }) => {
  const round = await publicRound();
  for (const base of [FIRST, SECOND]) {
    await read(base, `/tury/${round.id}`);
    expect((await read(base, `/tury/${round.id}`)).headers.get('x-tura-cache')).toBe('hit');
  }

  // The coordinator renames the round through the first server.
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${round.id}`);
  const renamed = `${round.title} (przemianowana)`;
  await page.getByLabel('Nazwa tury').fill(renamed);
  await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  const saved = Date.now();

  // The first server asks the database before its next page: the visitor's next reading is new.
  expect((await read(FIRST, `/tury/${round.id}`)).text).toContain(renamed);

  // The second learns it within the bound, by itself.
  let shownAfter = Infinity;
  while (Date.now() - saved < BOUND_MS + 2_000) {
    if ((await read(SECOND, `/tury/${round.id}`)).text.includes(renamed)) {
      shownAfter = Date.now() - saved;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(shownAfter).toBeLessThanOrEqual(BOUND_MS);

  // A change made elsewhere (here straight in the database) reaches both within the bound.
  const retitled = `${round.title} (poprawiona)`;
  await round.db.from('rounds').update({ title: retitled }).eq('id', round.id).throwOnError();
  const changed = Date.now();
  for (const base of [FIRST, SECOND]) {
    await expect.poll(async () => (await read(base, `/tury/${round.id}`)).text, { timeout: BOUND_MS, intervals: [50] }).toContain(retitled);
  }
  expect(Date.now() - changed).toBeLessThanOrEqual(BOUND_MS);
});
