import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { serviceDb } from './stack';

/**
 * A round with dates, its programme's team, a venue with one room, and a meeting of another round
 * in that room: what a pasted table can clash with.
 */
async function plannedElsewhere() {
  const db = await serviceDb();
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
  const { data: programme } = await db.from('programmes').insert({ title: `Program importu ${stamp}`, year_from: 2010, year_to: 2012 }).select('id').single().throwOnError();
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: 'Zespół ds. kultury' }).select('id').single().throwOnError();
  const { data: rounds } = await db
    .from('rounds')
    .insert([
      { programme_id: programme!.id, number: 1, title: `Tura wiosenna ${stamp}`, starts_on: '2011-04-01', ends_on: '2011-04-30' },
      { programme_id: programme!.id, number: 2, title: `Tura jesienna ${stamp}`, starts_on: '2011-10-01', ends_on: '2011-10-31' },
    ])
    .select('id, number')
    .order('number')
    .throwOnError();
  const [spring, autumn] = rounds as { id: string }[];
  const venue = `Sala importu ${stamp}`;
  const { data: place } = await db.from('venues').insert({ name: venue, address: '' }).select('id').single().throwOnError();
  const { data: room } = await db.from('venue_rooms').insert({ venue_id: place!.id, name: '12' }).select('id').single().throwOnError();
  // The autumn round already meets in room 12 on 19 October, 15:00–17:00 Warsaw time.
  await db
    .from('meetings')
    .insert({ round_id: autumn!.id, team_id: team!.id, venue_id: place!.id, room_id: room!.id, starts_at: '2011-10-19T13:00:00Z', ends_at: '2011-10-19T15:00:00Z' })
    .throwOnError();
  return { spring: spring!, autumnTitle: `Tura jesienna ${stamp}`, venue, db };
}

/** Three rows, each with a problem: a clash with the other round, a date outside this round, a 10,000-character name. */
const pasted = (venue: string) =>
  [
    `ZESPÓŁ DS. KULTURY\t${venue}, sala nr 12\t19.10.2011 r. godz. 16.00`,
    `ZESPÓŁ DS. KULTURY\t${venue}, sala nr 12\t10.05.2011 r. godz. 10.00`,
    `${'ZESPÓŁ'.repeat(1667)}\t${venue}\t12.04.2011 r. godz. 10.00`,
  ].join('\n');

const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

test('the preview names the other meeting\'s round, keeps long text within the page, and Save waits for a clean preview', async ({ page }) => {
  const { spring, autumnTitle, venue, db } = await plannedElsewhere();
  // The spring round's own dates hold April; the clash is with the autumn round, named as such.
  await db.from('rounds').update({ starts_on: '2011-04-01', ends_on: '2011-10-31' }).eq('id', spring.id).throwOnError();
  await signInAs(page, DEMO.coordinator);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/panel/tury/${spring.id}/harmonogram/import`);
  await page.getByLabel('Tabela harmonogramu').fill(pasted(venue).replace('10.05.2011', '10.11.2011'));
  await page.getByRole('button', { name: 'Pokaż podgląd' }).click();

  const preview = page.getByRole('table', { name: /Podgląd: 3 wiersze, z błędami: 3/ });
  await expect(preview.getByRole('row', { name: /^1 / })).toContainText(`sala jest już zajęta o tej porze — Zespół ds. kultury, 19.10.2011, 15:00, tura „${autumnTitle}”`);
  await expect(preview.getByRole('row', { name: /^2 / })).toContainText('data spotkania wypada poza terminem tury (01.04.2011–31.10.2011)');
  await expect(preview.getByRole('row', { name: /^3 / })).toContainText('nie ma zespołu');

  // Save is disabled, and says why.
  const save = page.getByRole('button', { name: 'Zapisz 3 spotkania' });
  await expect(save).toBeDisabled();
  await expect(save).toHaveAccessibleDescription('Nie można jeszcze zapisać: 3 wiersze mają błędy. Popraw je i pokaż podgląd ponownie.');

  // The 10,000-character name neither widens the page nor is lost: its beginning shows, the rest on request.
  expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-preview-desktop.png' });
  const whole = preview.getByRole('row', { name: /^3 / }).getByText(/Pokaż cały tekst/).first();
  await whole.click();
  await expect(preview.getByRole('row', { name: /^3 / }).getByText('ZESPÓŁ'.repeat(1667), { exact: true })).toBeVisible();
  expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
  // The problem texts take most of the table's width rather than a squeezed column.
  const result = await preview.getByRole('row', { name: /^1 / }).getByRole('cell').last().boundingBox();
  expect(result!.width).toBeGreaterThan(450);
  await expectAccessible(page);

  await whole.click();
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await pageWidth(page)).toBeLessThanOrEqual(390);
  await expect(save).toBeDisabled();
  // Each row reads top to bottom: its problems are on the screen, not off to the right.
  const problem = preview.getByText(/Wiersz 2: data spotkania wypada poza terminem tury/);
  const box = await problem.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-preview-phone.png' });
  await save.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/import-preview-phone-save.png' });

  // A clean table: Save is enabled again and saves.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByLabel('Tabela harmonogramu').fill(`ZESPÓŁ DS. KULTURY\t${venue}, sala nr 12\t12.04.2011 r. godz. 10.00`);
  await page.getByRole('button', { name: 'Pokaż podgląd' }).click();
  await expect(page.getByRole('table', { name: /Podgląd: 1 wiersz, z błędami: 0/ })).toBeVisible();
  await page.getByRole('button', { name: 'Zapisz 1 spotkanie' }).click();
  await page.getByRole('dialog', { name: 'Zapisać 1 spotkanie?' }).getByRole('button', { name: 'Tak, zapisz' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano spotkania z dokumentu.' })).toBeVisible();
  expect((await db.from('meetings').select('id').eq('round_id', spring.id)).data).toHaveLength(1);
});

test('the meeting form refuses the whole venue while one of its rooms is taken, a date outside the round, and a meeting past midnight', async ({ page }) => {
  const { spring, autumnTitle, venue, db } = await plannedElsewhere();
  await db.from('rounds').update({ starts_on: '2011-04-01', ends_on: '2011-10-31' }).eq('id', spring.id).throwOnError();
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${spring.id}/harmonogram`);
  await page.getByRole('link', { name: 'Dodaj spotkanie' }).click();
  await page.getByLabel('Zespół branżowy').selectOption({ label: 'Zespół ds. kultury (brak moderatora)' });
  await page.getByRole('combobox', { name: /^Miejsce/ }).selectOption({ label: venue });
  // No room: the whole venue, while room 12 has the autumn round's meeting.
  await page.getByLabel('Data').fill('2011-10-19');
  await page.getByLabel('Godzina rozpoczęcia').fill('16.00');
  await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(errorSummary(page)).toContainText(`W tym miejscu (${venue}, 12) jest już wtedy spotkanie: Zespół ds. kultury, 19.10.2011, 15:00, tura „${autumnTitle}”`);

  await page.getByLabel('Data').fill('2011-11-10');
  await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(errorSummary(page)).toContainText('Data spotkania wypada poza terminem tury.');
  await expect(page.getByLabel('Data')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Data').fill('2011-10-20');
  await page.getByLabel('Godzina rozpoczęcia').fill('23.00');
  await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(errorSummary(page)).toContainText('Spotkanie musi zakończyć się tego samego dnia');
  await expectAccessible(page);
  expect((await db.from('meetings').select('id').eq('round_id', spring.id)).data).toEqual([]);

  await page.getByLabel('Godzina rozpoczęcia').fill('10.00');
  await page.getByRole('button', { name: 'Dodaj spotkanie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dodano spotkanie do wersji roboczej.' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('Save with rows in error saves nothing and says so, next to each row\'s problem', async ({ page }) => {
    const { spring, venue, db } = await plannedElsewhere();
    await page.goto('/signin');
    await page.getByLabel('Konto').selectOption(DEMO.coordinator);
    await page.getByLabel('Hasło').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
    await expect(page).toHaveURL(/\/panel$/);

    await page.goto(`/panel/tury/${spring.id}/harmonogram/import`);
    await page.getByLabel('Tabela harmonogramu').fill(pasted(venue));
    // Without a script the question opens by itself (commandfor); its button posts the form.
    await page.getByRole('button', { name: /^Zapisz/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tak, zapisz' }).click();

    await expect(page.getByRole('alert').filter({ hasText: 'Nic nie zapisano, bo 3 wiersze mają błędy' })).toBeVisible();
    await expect(page.getByRole('table', { name: /Podgląd: 3 wiersze, z błędami: 3/ })).toContainText('poza terminem tury');
    expect((await db.from('meetings').select('id').eq('round_id', spring.id)).data).toEqual([]);
    // Without a script, pressing Save is how the table is checked again: it stays enabled.
    await expect(page.getByRole('button', { name: 'Zapisz 3 spotkania' })).toBeEnabled();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
  });
});
