import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { appEnv } from '@/lib/local-stack/app-env';
import { killOnExit, waitForHttp } from '@/lib/local-stack/children';
import { freePort } from '@/lib/local-stack/ports';
import { loadLocalSecrets } from '@/lib/local-stack/secrets';
import { startStack, type RunningStack, type StackPorts } from '@/lib/local-stack/stack';
import { createTestDatabase } from '../fixtures/test-database';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { E2E_PORT } from './stack';

/**
 * The database and PostgREST going away while the production app runs, and coming back. The app
 * runs here on a stack of its own, whose PostgREST this file stops and starts; on PostgreSQL
 * (DATABASE_URL, a fresh database made for this file) the database also ends PostgREST's
 * connections in the middle of a write, as a restart of the server does.
 */
const APP_PORT = E2E_PORT + 3;
const APP = `http://localhost:${APP_PORT}`;
test.use({ baseURL: APP });
test.describe.configure({ timeout: 120_000 });

let stack: RunningStack;
let ports: StackPorts;
let database: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
let app: ChildProcess;
let round: { id: string; title: string };

/** Straight to the database, as its superuser: what was written, whatever PostgREST is doing. */
async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const roundTitle = () => withDatabase(async (db) => (await db.query<{ title: string }>('select title from public.rounds where id = $1', [round.id])).rows[0]!.title);
const auditRows = () => withDatabase(async (db) => (await db.query<{ n: number }>('select count(*)::int as n from audit.record_version')).rows[0]!.n);

test.beforeAll(async () => {
  database = process.env.DATABASE_URL ? await createTestDatabase(process.env.DATABASE_URL, 'restart') : undefined;
  ports = { api: await freePort(), database: await freePort(), postgrest: await freePort(), postgrestAdmin: await freePort() };
  const secrets = await loadLocalSecrets(undefined);
  stack = await startStack({ databaseUrl: database?.url, ports, secrets });
  round = await withDatabase(async (db) => (await db.query<{ id: string; title: string }>('select id, title from public.rounds order by number limit 1')).rows[0]!);
  app = killOnExit(
    spawn(path.resolve('node_modules/.bin/tsx'), ['lib/runtime/server.ts', '--hostname', 'localhost', '--port', String(APP_PORT)], {
      env: appEnv('start', APP, stack.env, secrets),
      stdio: 'ignore',
    }),
  );
  expect(await waitForHttp(APP, app)).toBe(true);
});

test.afterAll(async () => {
  if (app?.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  await stack?.stop();
  await database?.drop();
});

/** The round's name, saved through its form as the coordinator does. */
async function rename(page: Page, title: string) {
  await page.getByLabel('Nazwa tury').fill(title);
  await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
}

const UNAVAILABLE_FORM_ERROR = 'Serwis jest chwilowo niedostępny: nie udało się połączyć z bazą danych, więc nic nie zapisano.';

/** The sign-in link last queued for `email` (the app here has no e-mail transport: it stays in the outbox). */
const queuedLink = (email: string) =>
  withDatabase(async (db) => {
    const { rows } = await db.query<{ url: string }>(
      "select payload->>'url' as url from public.email_outbox where to_address = $1 and template = 'magic-link' order by created_at desc limit 1",
      [email],
    );
    return rows[0]?.url;
  });

test('PostgREST stopped: pages say the service is away, forms answer in words, downloads 503; started again, the app works without a restart', async ({ page, browser }) => {
  // A sign-in link asked for before, to be opened while PostgREST is down.
  const linkPage = await browser.newPage({ baseURL: APP });
  await linkPage.goto('/signin');
  await linkPage.getByLabel('Adres e-mail').fill(DEMO.moderator);
  await linkPage.getByRole('button', { name: 'Wyślij link do logowania' }).click();
  await expect.poll(() => queuedLink(DEMO.moderator)).toBeTruthy();
  const link = (await queuedLink(DEMO.moderator))!;

  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${round.id}`);
  const before = await auditRows();

  await stack.postgrest.stop();

  // A form opened before: the save is refused in words, and what was typed stays.
  await rename(page, `${round.title} (w czasie awarii)`);
  await expect(page.getByRole('alert').filter({ hasText: UNAVAILABLE_FORM_ERROR })).toBeVisible();
  await expect(page.getByLabel('Nazwa tury')).toHaveValue(`${round.title} (w czasie awarii)`);

  // Pages: the app's own error page, in the reader's language, with a way to try again; no trace of the cause.
  for (const [address, title, retry] of [
    ['/panel', 'Usługa chwilowo niedostępna', 'Spróbuj ponownie'],
    [`/tury/${round.id}`, 'Usługa chwilowo niedostępna', 'Spróbuj ponownie'],
    ['/en/panel', 'Service temporarily unavailable', 'Try again'],
  ] as const) {
    await page.goto(address);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: retry })).toBeVisible();
    const html = await page.content();
    expect(html).not.toMatch(/ECONNREFUSED|PostgREST|at async|\.ts:\d+/);
  }
  await expectAccessible(page);

  // Signing in cannot read the account: said as such, not as a wrong password.
  const signIn = await browser.newPage({ baseURL: APP });
  await signIn.goto('/signin');
  await signIn.getByLabel('Konto').selectOption(DEMO.department);
  await signIn.getByLabel('Hasło').fill(DEMO_PASSWORD);
  await signIn.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
  await expect(signIn.getByRole('alert').filter({ hasText: UNAVAILABLE_FORM_ERROR })).toBeVisible();
  await expect(signIn.getByText('Nieprawidłowe konto lub hasło.')).toHaveCount(0);
  await signIn.close();

  // The sign-in link cannot be checked: said so, and it is not used up.
  await linkPage.goto(link);
  await expect(linkPage.getByRole('heading', { level: 1 })).toHaveText('Nie udało się zalogować');
  await expect(linkPage.getByText('Nie udało się sprawdzić linku z powodu błędu po naszej stronie')).toBeVisible();

  // A visitor's public page (the page cache cannot ask the database either): the same page, a 500, never kept.
  const visitor = await fetch(`${APP}/tury/${round.id}`);
  expect(visitor.status).toBe(500);
  expect(await visitor.text()).toContain('Usługa chwilowo niedostępna');

  // A download: 503 with when to ask again, and a sentence instead of a stack trace.
  const calendar = await fetch(`${APP}/api/rounds/${round.id}/calendar`);
  expect(calendar.status).toBe(503);
  expect(calendar.headers.get('retry-after')).toBe('5');
  expect(await calendar.text()).toMatch(/^Usługa chwilowo niedostępna\. Nie udało się połączyć z bazą danych\./);

  await stack.postgrest.start();

  // Nothing was written meanwhile; the error page's link brings the page back, and the same form saves.
  expect(await auditRows()).toBe(before);
  expect(await roundTitle()).toBe(round.title);
  const visitorAgain = await fetch(`${APP}/tury/${round.id}`);
  expect(visitorAgain.status).toBe(200);
  expect(await visitorAgain.text()).toContain(round.title);
  await linkPage.goto(link);
  await expect(linkPage).toHaveURL(/\/panel$/);
  await expect(linkPage.getByText('Zalogowano: ')).toBeVisible();
  await linkPage.close();
  await page.getByRole('link', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Service temporarily unavailable');
  await expect(page.getByRole('navigation', { name: 'Panel menu' })).toBeVisible();
  await page.goto(`/panel/tury/${round.id}`);
  await rename(page, `${round.title} (po awarii)`);
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  expect(await roundTitle()).toBe(`${round.title} (po awarii)`);
});

/** Ends every connection PostgREST holds to this database, as a restart of the database server does; how many there were. */
const endPostgrestConnections = () =>
  withDatabase(async (db) => {
    const { rows } = await db.query<{ ended: number }>(
      "select count(*) filter (where pg_terminate_backend(pid))::int as ended from pg_stat_activity where datname = current_database() and usename = 'authenticator'",
    );
    return rows[0]!.ended;
  });

test('the database ends PostgREST connections in the middle of a write: refused in words, nothing half-written, the next save works', async ({ page }) => {
  test.skip(stack.embedded, 'PGlite serves one connection inside this process: a database restart under PostgREST needs PostgreSQL (DATABASE_URL)');
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${round.id}`);
  const title = await roundTitle();
  const before = await auditRows();

  // Someone holds the round's row, so the save waits inside the database, in the middle of its transaction.
  const holder = new pg.Client({ connectionString: stack.databaseUrl });
  holder.on('error', () => {}); // ended with the database at the end, should this test fail midway
  await holder.connect();
  await holder.query('begin');
  await holder.query('select 1 from public.rounds where id = $1 for update', [round.id]);
  await rename(page, `${title} (przerwana)`);
  await expect
    .poll(() => withDatabase(async (db) => (await db.query("select 1 from pg_stat_activity where usename = 'authenticator' and wait_event_type = 'Lock'")).rowCount))
    .toBe(1);
  expect(await endPostgrestConnections()).toBeGreaterThan(0);
  await expect(page.getByRole('alert').filter({ hasText: UNAVAILABLE_FORM_ERROR })).toBeVisible();
  await holder.query('rollback');
  await holder.end();

  // Nothing of it was committed: neither the change nor its audit row.
  expect(await roundTitle()).toBe(title);
  expect(await auditRows()).toBe(before);

  // PostgREST reconnects by itself; once it says it is ready, the app works, without a restart.
  await expect.poll(async () => (await fetch(`http://127.0.0.1:${ports.postgrestAdmin}/ready`)).status, { timeout: 30_000 }).toBe(200);
  await rename(page, `${title} (powtórzona)`);
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  expect(await roundTitle()).toBe(`${title} (powtórzona)`);

  // The connections ended again with nothing in flight: PostgREST finds out at its next use of one, and a
  // page read then may meet that (its reads are asked again on a 503, its functions are not). At worst
  // the page says the service is away, and its link brings the page back once PostgREST has reconnected.
  await endPostgrestConnections();
  await page.goto('/panel');
  const retry = page.getByRole('link', { name: 'Spróbuj ponownie' });
  await expect(async () => {
    if (await retry.isVisible()) await retry.click();
    await expect(page.getByRole('navigation', { name: 'Menu panelu' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
});
