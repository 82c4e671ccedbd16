import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { serviceDb, waitForEmail } from './stack';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_PROGRAMME = '30000000-0000-4000-8000-000000000001';

/** The table exactly as the domain document has it: from its header row to the separator row. */
function documentTable(): string {
  const document = readFileSync('tests/fixtures/round-2-summary-krakow-2011.txt', 'utf8');
  const start = document.indexOf('NAZWA ZESPOŁU BRANŻOWEGO');
  const end = document.indexOf('--\t--\t---');
  return document.slice(start, document.indexOf('\n', end) + 1);
}

test.describe('the public schedule', () => {
  test('shows the latest issued version of a round, with its date, calendar files and vacant teams', async ({ page, request }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'II tura spotkań branżowych' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('II tura spotkań branżowych');
    await expect(page.getByText('Stan na 31.10.2011 r. (wersja 1).')).toBeVisible();
    const table = page.getByRole('table', { name: 'Harmonogram: 8 spotkań' });
    await expect(table.getByRole('row')).toHaveCount(9);
    const tourism = table.getByRole('row', { name: /w zakresie turystyki/ });
    await expect(tourism).toContainText('sala nr 102');
    await expect(tourism).toContainText('24.10.2011 r., godz. 14:00–16:00');
    await expect(page.getByRole('region', { name: 'Zespoły bez moderatora' })).toContainText('Zespół ds. rozwoju gospodarczego');
    await expectAccessible(page);

    const feed = await request.get(await page.getByRole('link', { name: /Cały harmonogram do kalendarza/ }).getAttribute('href') as string);
    expect(feed.headers()['content-type']).toContain('text/calendar');
    const ics = await feed.text();
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(8);
    expect(ics).toContain('DTSTART:20111102T150000Z');
  });

  test('is readable on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/tury/${SEEDED_ROUND}`);
    await expect(page.getByRole('heading', { name: 'Harmonogram spotkań' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('planning a round', () => {
  test('the coordinator sees the vacant team, and gives it a moderator', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    const vacant = page.getByRole('listitem').filter({ hasText: 'Zespoły bez moderatora' });
    await expect(vacant).toContainText('Zespół ds. rozwoju gospodarczego');
    await expect(vacant).toContainText('brak moderatora');

    await page.goto(`/panel/programy/${SEEDED_PROGRAMME}/zespoly`);
    await expect(page.getByRole('row', { name: /Zespół ds. rozwoju gospodarczego/ })).toContainText('brak moderatora');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Zespół ds. rozwoju gospodarczego' }).click();
    await expect(page.getByRole('row', { name: /Jan Mazur/ })).toContainText('rezygnacja');
    await expectAccessible(page);
    await page.getByRole('combobox', { name: /^Moderator/ }).selectOption({ label: 'Katarzyna Zielińska (moderator@tura.example)' });
    await page.getByLabel('Od dnia').fill('2011-11-20');
    await page.getByRole('button', { name: 'Przypisz moderatora' }).click();
    await expect(page.getByText('Katarzyna Zielińska, od 20.11.2011 r.').first()).toBeVisible();
    await expect(page.getByRole('row', { name: /Katarzyna Zielińska/ })).toContainText('obecnie');
  });

  test('a meeting in a taken room is refused with a message naming the other meeting', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}/harmonogram`);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Dodaj spotkanie' }).click();
    await page.getByLabel('Zespół branżowy').selectOption({ label: 'Zespół ds. kultury' });
    await page.getByRole('combobox', { name: /^Miejsce/ }).selectOption({ label: 'MOWIS' });
    await page.getByLabel('Sala').selectOption({ label: '103' });
    await page.getByLabel('Data').fill('2011-10-24');
    await page.getByLabel('Godzina rozpoczęcia').fill('15.00');
    await page.getByLabel('Powód zmiany').fill('Dodatkowe spotkanie');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
    await expect(errorSummary(page)).toContainText('Zespół ds. edukacji');
    await expect(errorSummary(page)).toContainText('MOWIS, 103');

    await page.getByLabel('Sala').selectOption({ label: '6' });
    await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Dodano spotkanie do wersji roboczej.' })).toBeVisible();
    const changes = page.getByRole('region', { name: 'Zmiany od wersji 1' });
    await expect(changes).toContainText('Dodano: Zespół ds. kultury');
    await expect(changes).toContainText('Powód: Dodatkowe spotkanie');
  });

  test('a moved meeting shows in the next version\'s changes, on the public page too', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}/harmonogram`);
    const row = page.getByRole('row', { name: /Zespół ds. wykluczenia/ });
    await row.getByRole('link', { name: /Zmień/ }).click();
    await expectAccessible(page);
    await page.getByLabel('Sala').selectOption({ label: '102' });
    // The database refuses a change to an issued schedule without its reason; the form says where.
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect(errorSummary(page)).toContainText('Harmonogram był już wydany: podaj powód zmiany');
    await expect(page.getByLabel('Powód zmiany')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Powód zmiany').fill('Sala 103 w remoncie');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect(page.getByRole('region', { name: 'Zmiany od wersji 1' })).toContainText('Przeniesiono: Zespół ds. wykluczenia');

    await page.getByLabel('Stan na dzień').fill('2011-11-05');
    await page.getByRole('button', { name: 'Wydaj wersję 2' }).click();
    await page.getByRole('dialog', { name: 'Wydać wersję 2 harmonogramu?' }).getByRole('button', { name: 'Tak, wydaj' }).click();
    await expect(page.getByText('Ostatnia wydana wersja: 2, stan na 05.11.2011 r.')).toBeVisible();

    await page.goto(`/tury/${SEEDED_ROUND}`);
    await expect(page.getByText('Stan na 05.11.2011 r. (wersja 2).')).toBeVisible();
    await page.getByRole('link', { name: 'Wszystkie wersje harmonogramu (2)' }).click();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Wersja 2, stan na 05.11.2011 r.' }).click();
    const changes = page.getByRole('region', { name: 'Zmiany od wersji 1' });
    await expect(changes).toContainText('Przeniesiono: Zespół ds. wykluczenia');
    await expect(changes).toContainText('Powód: Sala 103 w remoncie');
    await expect(changes).toContainText('Dodano: Zespół ds. kultury');
    await expectAccessible(page);
  });

  test('a coordinator pastes the document\'s table, confirms, issues the version, and the public page shows it', async ({ page }) => {
    // The seeded round already holds these meetings, in these rooms: move its draft aside so the
    // same table can be planned again (its issued version stays as it was).
    const db = await serviceDb();
    const moved = await db.from('meetings').update({ cancelled: true, change_reason: 'Spotkania przeniesione do III tury' }).eq('round_id', SEEDED_ROUND);
    expect(moved.error).toBeNull();
    const { data: round } = await db
      .from('rounds')
      .insert({ programme_id: SEEDED_PROGRAMME, number: 3, title: `III tura spotkań branżowych`, is_public: true })
      .select('id')
      .single();

    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round!.id}/harmonogram`);
    await expect(page.getByText('Harmonogram jest pusty')).toBeVisible();
    await page.getByRole('link', { name: 'Wklej harmonogram z dokumentu' }).click();
    await expectAccessible(page);
    await page.getByLabel('Tabela harmonogramu').fill(documentTable());
    await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
    const preview = page.getByRole('table', { name: /Podgląd: 8 wierszy, z błędami: 0/ });
    await expect(preview).toBeVisible();
    await expect(preview.getByText('gotowy do zapisu')).toHaveCount(8);
    await expect(preview.getByRole('row', { name: /^7 / })).toContainText('w zakresie turystyki');
    await expect(preview.getByRole('row', { name: /^4 / })).toContainText('Śródmiejski Ośrodek Kultury');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Zapisz 8 spotkań' }).click();
    const confirm = page.getByRole('dialog', { name: 'Zapisać 8 spotkań?' });
    await expect(confirm).toContainText('Nikt nie dostanie e-maila');
    await confirm.getByRole('button', { name: 'Tak, zapisz' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano spotkania z dokumentu.' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Wersja robocza: 8 spotkań' })).toBeVisible();

    // The same table again: every row clashes with what was just planned, and nothing is written.
    await page.goto(`/panel/tury/${round!.id}/harmonogram/import`);
    await page.getByLabel('Tabela harmonogramu').fill(documentTable());
    await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
    await expect(page.getByRole('table', { name: /Podgląd: 8 wierszy, z błędami: 8/ })).toContainText('ten zespół ma już o tej porze spotkanie');

    await page.goto(`/panel/tury/${round!.id}/harmonogram`);
    await page.getByLabel('Stan na dzień').fill('2011-10-31');
    await page.getByRole('button', { name: 'Wydaj wersję 1' }).click();
    const issue = page.getByRole('dialog', { name: 'Wydać wersję 1 harmonogramu?' });
    await expect(issue).toContainText('E-mail ze zmianami dostanie');
    await expectAccessible(page);
    await issue.getByRole('button', { name: 'Tak, wydaj' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Wydano nową wersję harmonogramu' })).toBeVisible();
    await expect(page.getByText('Ostatnia wydana wersja: 1, stan na 31.10.2011 r.')).toBeVisible();

    const email = await waitForEmail(DEMO.moderator, /Harmonogram: III tura spotkań branżowych – wersja 1/);
    expect(email.text).toContain('To pierwsza wersja harmonogramu');

    await page.goto(`/tury/${round!.id}`);
    await expect(page.getByRole('status')).toHaveCount(0);
    await expect(page.getByText('Trwają konsultacje')).toBeVisible();
    await expect(page.getByText('Stan na 31.10.2011 r. (wersja 1).')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Harmonogram: 8 spotkań' }).getByRole('row')).toHaveCount(9);
    await expectAccessible(page);
  });

});

test('a moderator sees the teams they moderate and the schedules of their rounds', async ({ page }) => {
  await signInAs(page, DEMO.moderator);
  const teams = page.getByRole('region', { name: 'Zespoły, które moderujesz' });
  await expect(teams).toContainText('Zespół ds. kultury');
  await expect(teams).toContainText('Zespół ds. edukacji');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'II tura spotkań branżowych', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('II tura spotkań branżowych');
  await expect(page.getByRole('table', { name: /^Harmonogram:/ })).toContainText('Zespół ds. kultury');
  await expectAccessible(page);
});

test('a department user cannot reach the planning pages', async ({ page }) => {
  await signInAs(page, DEMO.department);
  for (const path of [`/panel/tury/${SEEDED_ROUND}/harmonogram`, `/panel/tury/${SEEDED_ROUND}/harmonogram/import`, '/panel/miejsca', `/panel/programy/${SEEDED_PROGRAMME}/zespoly`]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
  }
});
