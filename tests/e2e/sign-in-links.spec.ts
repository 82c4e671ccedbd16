import { expect, test } from '@playwright/test';
import pg from 'pg';
import { answerToNewVisitor, createUser, linkEmailsTo, newClient, requestLink, tokensOf } from './sign-in-links';
import { E2E_PORTS, linkIn, recordedEmails } from './stack';

/** Waits out the work a request leaves for after its response, then checks nothing more arrived. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_500));

test.describe('requests for a sign-in link', () => {
  test('get the same answer for an invited, an unknown and a deactivated address, and when throttled', async ({ playwright, baseURL }) => {
    const [invited, deactivated] = [await createUser(), await createUser({ active: false })];
    const unknown = `nieznany.${Date.now()}@tura.test`;
    const client = newClient();

    const answer = (email: string) => answerToNewVisitor(playwright, baseURL, email, client);
    const first = await answer(invited);
    expect(first.status).toBe(200);
    expect(first.headers['x-action-redirect']).toBe('/signin/check-email;push');
    expect(first.body).toContain('Sprawdź skrzynkę e-mail');
    for (const email of [unknown, deactivated, invited, invited, invited /* the fourth: throttled */]) {
      expect(await answer(email)).toEqual(first);
    }

    await expect.poll(() => tokensOf(invited)).toBe(3);
    await settle();
    expect(await tokensOf(invited)).toBe(3);
    expect(await tokensOf(deactivated)).toBe(0);
    expect(await tokensOf(unknown)).toBe(0);
  });

  test('answer an invited address as fast as an unknown one, even while making its link is slow', async ({ request }) => {
    // Every new link takes the database a second to store: a request that waited for it would show.
    const database = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${E2E_PORTS.database}/postgres` });
    await database.connect();
    await database.query(`
      create function next_auth.e2e_slow_link() returns trigger language plpgsql as $$
      begin perform pg_sleep(1); return new; end $$;
      create trigger e2e_slow_link before insert on next_auth.verification_tokens
        for each row execute function next_auth.e2e_slow_link();`);
    const invited: string[] = [];
    try {
      const times: Record<'invited' | 'unknown' | 'deactivated', number[]> = { invited: [], unknown: [], deactivated: [] };
      const deactivated = await createUser({ active: false });
      for (let round = 0; round < 7; round++) {
        const client = newClient();
        invited.push(await createUser());
        const addresses = { invited: invited[round]!, unknown: `nieznany.${round}.${Date.now()}@tura.test`, deactivated };
        // Each kind in turn goes first, so that no kind always follows the same one.
        const kinds = (['invited', 'unknown', 'deactivated'] as const).map((_, i, all) => all[(i + round) % all.length]!);
        for (const kind of kinds) {
          const started = performance.now();
          await (await requestLink(request, addresses[kind], client)).body();
          times[kind].push(performance.now() - started);
        }
      }
      const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
      const medians = { invited: median(times.invited), unknown: median(times.unknown), deactivated: median(times.deactivated) };
      console.log(`Median answer (ms): ${JSON.stringify(medians, (_, value: unknown) => (typeof value === 'number' ? Math.round(value) : value))}`);
      // Generous for a loaded machine, and still far below the second each link takes.
      expect(medians.invited).toBeLessThan(medians.unknown + 400);
      expect(medians.invited).toBeLessThan(medians.deactivated + 400);
      // The links were made all the same, after the answers.
      await expect.poll(async () => (await Promise.all(invited.map(tokensOf))).every((count) => count === 1), { timeout: 20_000 }).toBe(true);
    } finally {
      await database.query('drop trigger if exists e2e_slow_link on next_auth.verification_tokens; drop function if exists next_auth.e2e_slow_link();');
      await database.end();
    }
  });

  test('from one client: twenty in ten minutes, then no more links, with the same answer', async ({ request, playwright, baseURL }) => {
    const client = newClient();
    const first = await answerToNewVisitor(playwright, baseURL, `nieznany.0.${Date.now()}@tura.test`, client);
    for (let i = 1; i < 20; i++) await requestLink(request, `nieznany.${i}.${Date.now()}@tura.test`, client);
    const invited = await createUser();
    expect(await answerToNewVisitor(playwright, baseURL, invited, client)).toEqual(first); // the 21st
    await settle();
    expect(await tokensOf(invited)).toBe(0);
    expect(await linkEmailsTo(invited)).toBe(0);

    // The address itself was not used up: from another client it gets its link.
    await requestLink(request, invited, newClient());
    await expect.poll(() => linkEmailsTo(invited)).toBe(1);
  });

  test('next-auth\'s own sign-in route makes no link and answers every address alike', async ({ request }) => {
    const invited = await createUser();
    const { csrfToken } = (await (await request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const locations = [];
    for (const email of [invited, `nieznany.${Date.now()}@tura.test`]) {
      const response = await request.post('/api/auth/signin/email', { form: { email, csrfToken }, maxRedirects: 0 });
      expect(response.status()).toBe(302);
      locations.push(response.headers()['location']);
    }
    expect(locations[0]).toMatch(/\/signin\/check-email$/);
    expect(locations[1]).toBe(locations[0]);
    await settle();
    expect(await tokensOf(invited)).toBe(0);
  });

  test('signing in with one link revokes the address\'s other links', async ({ page, request }) => {
    const invited = await createUser();
    const client = newClient();
    await requestLink(request, invited, client);
    await requestLink(request, invited, client);
    await expect.poll(() => linkEmailsTo(invited)).toBe(2);
    const [first, second] = (await recordedEmails()).filter((sent) => sent.to === invited);
    expect(await tokensOf(invited)).toBe(2);

    await page.goto(linkIn(second!, '/api/auth/callback/email'));
    await expect(page).toHaveURL(/\/panel$/);
    expect(await tokensOf(invited)).toBe(0);
    await page.getByRole('button', { name: 'Wyloguj się' }).click();
    await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();

    await page.goto(linkIn(first!, '/api/auth/callback/email'));
    await expect(page).toHaveURL(/\/signin\/error/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nie udało się zalogować');
  });
});
