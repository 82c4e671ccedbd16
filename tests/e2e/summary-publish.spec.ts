import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { readPdf } from '../fixtures/pdf';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { postAction } from './server-actions';
import { E2E_PORTS, linkIn, serviceDb, waitForEmail } from './stack';

const SEEDED_VENUE = '60000000-0000-4000-8000-000000000001';
const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';

/**
 * The 2011 round back as the seed has it. Specs that run before this one (alphabetically) change
 * it: outcomes adds meetings, planning issues a second version and cancels the seed's meetings to
 * plan the same table in a round of its own. The city's summary tells the seed's story, so, as the
 * database owner: the versions after the seed's first are withdrawn, meetings the seed does not have
 * are cancelled, meetings elsewhere that took the seed's slots give way, and the seed's meetings
 * (none of which the seed cancels) are back. On a fresh seed this changes nothing.
 */
async function seededRoundAsSeeded() {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${E2E_PORTS.database}/postgres` });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('delete from public.schedule_versions where round_id = $1 and number > 1', [SEEDED_ROUND]);
    await client.query(
      `update public.meetings m set cancelled = true, change_reason = 'Spotkanie spoza danych 2011 r.'
        where not m.cancelled and ((m.round_id = $1 and m.id::text not like '62000000-%') or (m.round_id <> $1 and exists (
          select 1 from public.meetings s where s.round_id = $1 and s.id::text like '62000000-%'
             and (s.team_id = m.team_id or (s.venue_id = m.venue_id and (s.room_id is null or m.room_id is null or s.room_id = m.room_id))) and tstzrange(s.starts_at, s.ends_at) && tstzrange(m.starts_at, m.ends_at))))`,
      [SEEDED_ROUND],
    );
    await client.query("update public.meetings set cancelled = false where round_id = $1 and id::text like '62000000-%' and cancelled", [SEEDED_ROUND]);
    await client.query('commit');
  } finally {
    await client.end();
  }
}

/** A public round of our own (in a programme of its own), in consultation, with one meeting: once its outcome (not held) is recorded, ready to publish. */
async function roundOfOurOwn(options = { outcome: true }) {
  const db = await serviceDb();
  const title = `Tura próbna ${Date.now()}`;
  const { data: programme } = await db.from('programmes').insert({ title: `Program próbny ${Date.now()}`, year_from: 2012, year_to: 2014 }).select('id').single().throwOnError();
  const { data: round } = await db.from('rounds').insert({ programme_id: programme!.id, number: 1, title, is_public: true, status: 'consultation' }).select('id').single().throwOnError();
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: 'Zespół ds. kultury' }).select('id').single().throwOnError();
  // Somewhere in 2010, away from the seed's meetings (the room may not hold two at once).
  const start = new Date(Date.UTC(2010, 0, 1) + Math.floor(Math.random() * 300) * 86_400_000 + Math.floor(Math.random() * 40) * 900_000);
  const { data: meeting } = await db
    .from('meetings')
    .insert({ round_id: round!.id, team_id: team!.id, venue_id: SEEDED_VENUE, starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 600_000).toISOString() })
    .select('id')
    .single()
    .throwOnError();
  const recordOutcome = async () =>
    void (await db.from('meeting_outcomes').insert({ meeting_id: meeting!.id, round_id: round!.id, team_id: team!.id, held: false, not_held_reason: 'no_quorum' }).throwOnError());
  if (options.outcome) await recordOutcome();
  return { id: round!.id as string, programmeId: programme!.id as string, title, recordOutcome };
}

async function signedOut(browser: Browser) {
  return (await browser.newContext()).newPage();
}

/** Publishes from the preview: the question first, then the version as the public sees it. */
async function publish(page: Page, roundId: string, button: RegExp, changeNote?: string) {
  await page.goto(`/panel/tury/${roundId}/podsumowanie`);
  const section = page.getByRole('region', { name: 'Publikacja podsumowania' });
  if (changeNote !== undefined) await section.getByLabel(/Co zmienia korekta/).fill(changeNote);
  await section.getByRole('button', { name: button }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Opublikowanej wersji nie będzie można zmienić ani usunąć.');
  await dialog.getByRole('button', { name: 'Tak, opublikuj' }).click();
}

test.describe('publishing the round summary', () => {
  test('publish, read it signed out (page and PDF), correct it: the new version shows at once and both stay readable', async ({ page, browser }) => {
    const round = await roundOfOurOwn({ outcome: false });
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round.id}/podsumowanie`);
    const section = page.getByRole('region', { name: 'Publikacja podsumowania' });
    await expect(section).toContainText('Nikt nie dostanie e-maila o publikacji');
    await expect(section.getByLabel(/Co zmienia korekta/)).toHaveCount(0);

    // The public has nothing to read yet (and a cache must not keep that answer).
    const visitor = await signedOut(browser);
    expect((await visitor.goto(`/tury/${round.id}/podsumowanie`))!.status()).toBe(404);

    // The database's refusal, in words: a meeting without its outcome. Nothing is published.
    await publish(page, round.id, /^Opublikuj podsumowanie$/);
    await expect(page.getByRole('alert', { name: 'Formularz zawiera błędy.' })).toContainText('Nie wszystkie spotkania tury mają wpisany wynik');
    expect((await (await serviceDb()).from('summary_versions').select('number').eq('round_id', round.id)).data).toEqual([]);
    await round.recordOutcome();

    await publish(page, round.id, /^Opublikuj podsumowanie$/);
    await expect(page).toHaveURL(new RegExp(`/tury/${round.id}/podsumowanie/1$`));
    await expect(page.getByRole('heading', { level: 1 })).toContainText(round.title);

    await visitor.goto(`/tury/${round.id}/podsumowanie`);
    await expect(visitor.getByText(/Wersja 1, opublikowana \d\d\.\d\d\.\d{4} r\. Opublikował\(a\): /)).toBeVisible();
    const pdfLink = visitor.getByRole('link', { name: /Pobierz podsumowanie \(PDF, \d+ kB\)/ });
    const pdf = await visitor.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/filename="podsumowanie-.*-wersja-1\.pdf"/);
    expect(pdf.headers()['cache-control']).toBe('no-cache');
    const read = await readPdf(await pdf.body());
    expect(read).toMatchObject({ marked: true, lang: 'pl-PL' });
    expect(read.text).toContain(round.title);
    await expectAccessible(visitor);

    // The round's page leads to it, and so does the archive.
    await visitor.goto(`/tury/${round.id}`);
    await visitor.getByRole('link', { name: /Przeczytaj podsumowanie tury \(wersja 1/ }).click();
    await expect(visitor).toHaveURL(new RegExp(`/tury/${round.id}/podsumowanie$`));

    // A correction needs its note, then publishes version 2.
    await page.goto(`/panel/tury/${round.id}/podsumowanie`);
    await page.getByRole('button', { name: 'Opublikuj korektę jako wersję 2' }).click();
    await expect(page.getByRole('alert', { name: 'Formularz zawiera błędy.' })).toContainText('Napisz, co zmienia korekta.');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('region', { name: 'Publikacja podsumowania' }).screenshot({ path: test.info().outputPath('correction-error.png') });
    await publish(page, round.id, /Opublikuj korektę jako wersję 2/, 'Poprawiono nazwę sali.');
    await expect(page).toHaveURL(new RegExp(`/tury/${round.id}/podsumowanie/2$`));

    // At once, for a visitor who read version 1 a moment ago.
    await visitor.goto(`/tury/${round.id}/podsumowanie`);
    await expect(visitor.getByText(/^Wersja 2, opublikowana/)).toBeVisible();
    await expect(visitor.getByText('Co zmieniono w tej wersji: Poprawiono nazwę sali.')).toBeVisible();
    const versions = visitor.getByRole('region', { name: 'Wersje podsumowania' });
    await expect(versions.getByRole('listitem')).toHaveText([/^Wersja 2 \(wyświetlana\), opublikowana .*: korekta: Poprawiono nazwę sali\.$/, /^Wersja 1, opublikowana .*: pierwsza publikacja$/]);
    await versions.getByRole('link', { name: 'Wersja 1' }).click();
    await expect(visitor).toHaveURL(new RegExp(`/tury/${round.id}/podsumowanie/1$`));
    await expect(visitor.getByText('To jest wcześniejsza wersja podsumowania.')).toBeVisible();
    await expect(visitor.getByText(/Co zmieniono w tej wersji/)).toHaveCount(0);
    await expectAccessible(visitor);

    await visitor.goto('/podsumowania');
    await visitor.screenshot({ path: test.info().outputPath('archive.png'), fullPage: true });
    const rows = visitor.getByRole('row').filter({ hasText: round.title });
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('2 (korekta)');
    await expectAccessible(visitor);
    expect((await visitor.request.get(`/api/rounds/${round.id}/summary/3/pdf`)).status()).toBe(404);
    expect((await visitor.goto(`/tury/${round.id}/podsumowanie/3`))!.status()).toBe(404);

    // On a phone: nothing wider than the screen but the tables' own scroll.
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto(`/tury/${round.id}/podsumowanie`);
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectAccessible(visitor);
    await visitor.screenshot({ path: test.info().outputPath('summary-phone.png'), fullPage: true });

    // Made private, the round's summaries leave the public pages at once (the cache is read again).
    const edit = { id: round.id, programmeId: round.programmeId, number: 1, title: round.title, startsOn: '', endsOn: '', isPublic: false };
    expect(await (await postAction(page.request, 'updateRoundAction', edit)).text()).toContain('"ok":true');
    expect((await visitor.goto(`/tury/${round.id}/podsumowanie`))!.status()).toBe(404);
    expect((await visitor.request.get(`/api/rounds/${round.id}/summary/1/pdf`)).status()).toBe(404);
    await visitor.goto('/podsumowania');
    await expect(visitor.getByRole('row').filter({ hasText: round.title })).toHaveCount(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the question opens, and confirming posts to the action and publishes', async ({ page }) => {
      const round = await roundOfOurOwn();
      await signInAs(page, DEMO.coordinator);
      await page.goto(`/panel/tury/${round.id}/podsumowanie`);
      await page.getByRole('button', { name: 'Opublikuj podsumowanie' }).click();
      const question = page.getByRole('dialog', { name: 'Opublikować podsumowanie tury?' });
      await question.getByRole('button', { name: 'Tak, opublikuj' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Opublikowano wersję 1.' })).toBeVisible();
      const db = await serviceDb();
      expect((await db.from('summary_versions').select('number, change_note').eq('round_id', round.id)).data).toEqual([{ number: 1, change_note: '' }]);
      expect((await db.from('rounds').select('status').eq('id', round.id).single()).data).toEqual({ status: 'published' });
    });
  });

  // Last: the seeded round, once published, is in another state for whatever runs after (this is the
  // last spec that uses it; summary.spec.ts only previews it, which a published round still shows).
  test('the 2011 round: the published summary states every fact of the city\'s document, on the page and in the tagged PDF', async ({ page, browser }) => {
    await seededRoundAsSeeded();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}/podsumowanie`);
    const section = page.getByRole('region', { name: 'Publikacja podsumowania' });
    await expect(section).toContainText(/E-mail z linkiem do podsumowania dostan(ie|ą) \d+ os/);
    await section.screenshot({ path: test.info().outputPath('publish-section.png') });
    await publish(page, SEEDED_ROUND, /^Opublikuj podsumowanie$/);
    await expect(page).toHaveURL(new RegExp(`/tury/${SEEDED_ROUND}/podsumowanie/1$`));

    // The round's departments and moderators are told, with a link to the version.
    for (const to of [DEMO.department, DEMO.moderator]) {
      const email = await waitForEmail(to, /^Opublikowano podsumowanie: II tura spotkań branżowych$/);
      expect(linkIn(email, `/tury/${SEEDED_ROUND}/podsumowanie/1`)).toMatch(/^http/);
    }

    const visitor = await signedOut(browser);
    await visitor.goto(`/tury/${SEEDED_ROUND}`);
    await visitor.getByRole('link', { name: /Przeczytaj podsumowanie tury/ }).click();
    const facts = [
      // The decisions of the 29 September meeting.
      'Spotkanie z moderatorami zespołów branżowych: 29.09.2011',
      'Wydział Spraw Społecznych będzie analizował i przyjmował na bieżąco opinie wydziałów merytorycznych',
      'Zaplanowano II turę spotkań branżowych (spotkania otwarte)',
      // The schedule as of 31.10.2011.
      'stan na 31.10.2011',
      'obejmował 8 spotkań',
      // The economic development team's meeting, not held, and why.
      'Zespół ds. rozwoju gospodarczego',
      'zespół nie miał moderatora',
      'Moderator zespołu zrezygnował z funkcji 15.09.2011 r.',
      // The follow-up talks, with Wydział Sportu and ZIKiT.
      'zostali zaproszeni do dalszych rozmów',
      'Wydział Sportu',
      'Zarząd Infrastruktury Komunalnej i Transportu',
      // The next step.
      'ostatni tydzień listopada 2011 r.',
    ];
    const article = visitor.getByRole('article');
    for (const fact of facts) await expect(article).toContainText(fact);
    const schedule = article.getByRole('table', { name: 'Harmonogram spotkań (stan na 31.10.2011 r.)' });
    await expect(schedule.getByRole('columnheader')).toHaveText(['Nazwa zespołu branżowego', 'Miejsce spotkania', 'Data i godzina spotkania']);
    await expect(schedule.getByRole('row')).toHaveCount(9);
    await expect(schedule).toContainText('sala nr 103');
    await expect(schedule).toContainText('11.10.2011 r. godz. 14:00');
    await expectAccessible(visitor);
    await visitor.screenshot({ path: test.info().outputPath('summary-2011.png'), fullPage: true });
    await visitor.emulateMedia({ media: 'print' });
    await visitor.screenshot({ path: test.info().outputPath('summary-2011-print.png'), fullPage: true });
    await visitor.emulateMedia({ media: 'screen' });

    const pdf = await visitor.request.get((await visitor.getByRole('link', { name: /Pobierz podsumowanie \(PDF, \d+ kB\)/ }).getAttribute('href'))!);
    const read = await readPdf(await pdf.body());
    expect(read).toMatchObject({ marked: true, lang: 'pl-PL' });
    for (const fact of [...facts, 'Harmonogram spotkań (stan na 31.10.2011 r.)', '11.10.2011 r. godz. 14:00', 'sala nr 103']) expect(read.text).toContain(fact);
  });
});
