import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { serviceDb } from './stack';

/** A programme of its own: a round in October 2011, a team with a meeting and one without, a venue, and a cancelled meeting. */
async function world() {
  const db = await serviceDb();
  const stamp = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const { data: programme } = await db.from('programmes').insert({ title: `Program poprawek ${stamp}`, year_from: 2036, year_to: 2038 }).select('id').single().throwOnError();
  const { data: round } = await db
    .from('rounds')
    .insert({ programme_id: programme!.id, number: 1, title: `Tura poprawek ${stamp}`, starts_on: '2011-10-01', ends_on: '2011-10-31', is_public: false })
    .select('id')
    .single()
    .throwOnError();
  const { data: teams } = await db
    .from('sector_teams')
    .insert([
      { programme_id: programme!.id, name: 'Zespół ds. sportu' },
      { programme_id: programme!.id, name: 'Zespół ds. kultóry' },
    ])
    .select('id, name')
    .order('name')
    .throwOnError();
  const [sport, culture] = [teams!.find((team) => team.name === 'Zespół ds. sportu')!, teams!.find((team) => team.name !== 'Zespół ds. sportu')!];
  const { data: venue } = await db.from('venues').insert({ name: `Sala poprawek ${stamp}` }).select('id').single().throwOnError();
  const at = (day: string) => ({ round_id: round!.id, venue_id: venue!.id, starts_at: `2011-10-${day}T12:00:00Z`, ends_at: `2011-10-${day}T14:00:00Z` });
  await db.from('meetings').insert({ ...at('20'), team_id: sport.id }).throwOnError();
  const { data: cancelled } = await db.from('meetings').insert({ ...at('21'), team_id: sport.id, cancelled: true }).select('id').single().throwOnError();
  return { programmeId: programme!.id as string, roundId: round!.id as string, sport, culture, cancelledId: cancelled!.id as string };
}

test('a coordinator corrects a team’s name and removes a team added by mistake, but not one with meetings', async ({ page }) => {
  const w = await world();
  await signInAs(page, DEMO.coordinator);

  // A name the programme already has is refused at the field; the right one is saved.
  await page.goto(`/panel/zespoly/${w.culture.id}`);
  const rename = page.getByRole('region', { name: 'Nazwa zespołu' });
  await rename.getByLabel('Nazwa zespołu').fill('Zespół ds. sportu');
  await rename.getByRole('button', { name: 'Zapisz nazwę' }).click();
  await expect(errorSummary(page)).toContainText('Ten program ma już zespół o tej nazwie.');
  await rename.getByLabel('Nazwa zespołu').fill('Zespół ds. kultury');
  await rename.getByRole('button', { name: 'Zapisz nazwę' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano nową nazwę zespołu.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zespół ds. kultury');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/team-page-phone.png', fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });

  // A team with meetings is not removed, and the refusal says why.
  await page.goto(`/panel/zespoly/${w.sport.id}`);
  await page.getByRole('button', { name: 'Usuń zespół' }).click();
  const question = page.getByRole('dialog', { name: 'Usunąć zespół „Zespół ds. sportu”?' });
  await expect(question).toContainText('Nikt nie dostanie e-maila.');
  await question.getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(page.getByRole('region', { name: 'Usuwanie zespołu' }).getByRole('alert')).toHaveText('Zespołu nie można usunąć: ma spotkania w harmonogramie (także odwołane lub odbyte). Możesz zmienić jego nazwę.');
  await expectAccessible(page);

  // The unused one goes, after the question, and the list no longer shows it.
  await page.goto(`/panel/zespoly/${w.culture.id}`);
  await page.getByRole('button', { name: 'Usuń zespół' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(page).toHaveURL(new RegExp(`/panel/programy/${w.programmeId}/zespoly$`));
  await expect(page.getByRole('link', { name: 'Zespół ds. sportu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Zespół ds. kultury' })).toHaveCount(0);
  const { data } = await (await serviceDb()).from('sector_teams').select('id').eq('id', w.culture.id);
  expect(data).toEqual([]);
});

test('a coordinator restores a cancelled meeting; once a version is issued the reason is asked for and the next version lists it as restored', async ({ page }) => {
  const w = await world();
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${w.roundId}/harmonogram`);
  await page.getByLabel('Stan na dzień').fill('2011-10-05');
  await page.getByRole('button', { name: 'Wydaj wersję 1' }).click();
  await page.getByRole('dialog', { name: 'Wydać wersję 1 harmonogramu?' }).getByRole('button', { name: 'Tak, wydaj' }).click();
  await expect(page.getByText('Ostatnia wydana wersja: 1')).toBeVisible();

  await page.goto(`/panel/spotkania/${w.cancelledId}`);
  await expect(page.getByText('To spotkanie jest odwołane.')).toBeVisible();
  const restore = page.getByRole('region', { name: 'Przywrócenie spotkania' });
  await restore.getByRole('button', { name: 'Przywróć spotkanie' }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expectAccessible(page);
  expect((await (await serviceDb()).from('meetings').select('cancelled').eq('id', w.cancelledId).single()).data?.cancelled).toBe(true);

  await restore.getByLabel('Powód zmiany').fill('Moderator jednak dostępny');
  await restore.getByRole('button', { name: 'Przywróć spotkanie' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Przywrócono spotkanie.' })).toBeVisible();
  const changes = page.getByRole('region', { name: 'Zmiany od wersji 1' });
  await expect(changes.getByRole('listitem')).toHaveCount(1);
  await expect(changes.getByRole('listitem')).toContainText('Przywrócono: Zespół ds. sportu');
  await expect(changes.getByRole('listitem')).toContainText('Moderator jednak dostępny');
});

test('a coordinator removes a programme created by mistake, but not one with rounds', async ({ page }) => {
  const w = await world();
  const db = await serviceDb();
  const { data: mistake } = await db.from('programmes').insert({ title: `Program pomyłkowy ${Date.now()}`, year_from: 2039, year_to: 2040 }).select('id, title').single().throwOnError();
  await signInAs(page, DEMO.coordinator);

  await page.goto(`/panel/programy/${w.programmeId}`);
  const remove = page.getByRole('region', { name: 'Usuwanie programu' });
  await remove.getByRole('button', { name: 'Usuń program' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(remove.getByRole('alert')).toHaveText('Programu nie można usunąć: ma tury. Możesz zmienić jego tytuł i lata.');
  await expectAccessible(page);

  await page.goto(`/panel/programy/${mistake!.id}`);
  await page.getByRole('button', { name: 'Usuń program' }).click();
  await expect(page.getByRole('dialog', { name: `Usunąć program „${mistake!.title}”?` })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(page).toHaveURL(/\/panel\/programy$/);
  await expect(page.getByText(mistake!.title)).toHaveCount(0);
  expect((await db.from('programmes').select('id').eq('id', mistake!.id)).data).toEqual([]);
});
