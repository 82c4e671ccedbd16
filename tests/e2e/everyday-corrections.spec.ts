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

test('a coordinator corrects a venue, its rooms, and removes what no meeting uses', async ({ page }) => {
  const db = await serviceDb();
  const stamp = `${Date.now()}`;
  const w = await world();
  // The world's meetings take the venue (as a whole); this one has rooms, one of them booked.
  const { data: venue } = await db.from('venues').insert({ name: `Sala Obrad ${stamp}`, address: 'ul. Pomyłkowa 1' }).select('id').single().throwOnError();
  const { data: rooms } = await db.from('venue_rooms').insert([{ venue_id: venue!.id, name: '12' }, { venue_id: venue!.id, name: '13' }]).select('id, name').order('name').throwOnError();
  await db
    .from('meetings')
    .insert({ round_id: w.roundId, team_id: w.sport.id, venue_id: venue!.id, room_id: rooms![1]!.id, starts_at: '2011-10-25T12:00:00Z', ends_at: '2011-10-25T14:00:00Z' })
    .throwOnError();
  await signInAs(page, DEMO.coordinator);
  await page.goto('/panel/miejsca');
  await page.getByRole('link', { name: `Sala Obrad ${stamp}` }).click();

  const edit = page.getByRole('region', { name: 'Nazwa i adres' });
  await edit.getByLabel('Adres').fill('ul. Poprawna 2');
  await edit.getByRole('button', { name: 'Zapisz zmiany' }).click();
  await expect(edit.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  await expect(page.getByText('ul. Poprawna 2').first()).toBeVisible();

  const roomsRegion = page.getByRole('region', { name: 'Sale' });
  await roomsRegion.getByLabel('Nazwa sali 12').fill('12a');
  await roomsRegion.getByRole('button', { name: 'Zapisz nazwę sali 12' }).click();
  await expect(roomsRegion.getByLabel('Nazwa sali 12a')).toBeVisible();
  await roomsRegion.getByLabel('Nowa sala').fill('13');
  await roomsRegion.getByRole('button', { name: 'Dodaj salę' }).click();
  await expect(errorSummary(page)).toContainText('To miejsce ma już salę o tej nazwie.');
  await roomsRegion.getByLabel('Nowa sala').fill('14');
  await roomsRegion.getByRole('button', { name: 'Dodaj salę' }).click();
  await expect(roomsRegion.getByLabel('Nazwa sali 14')).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: 'test-results/venue-page-desktop.png', fullPage: true });

  // The booked room stays, and says why; the unused one goes.
  await roomsRegion.getByRole('button', { name: 'Usuń salę 13' }).click();
  await page.getByRole('dialog', { name: 'Usunąć salę 13?' }).getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(roomsRegion.getByRole('alert')).toHaveText('Nie można usunąć sali: w harmonogramie są w niej spotkania (także odwołane). Możesz zmienić jej nazwę.');
  await roomsRegion.getByRole('button', { name: 'Usuń salę 14' }).click();
  await page.getByRole('dialog', { name: 'Usunąć salę 14?' }).getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(roomsRegion.getByLabel('Nazwa sali 14')).toHaveCount(0);

  // The venue itself is in use: refused in words.
  const remove = page.getByRole('region', { name: 'Usuwanie miejsca' });
  await remove.getByRole('button', { name: 'Usuń miejsce' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(remove.getByRole('alert')).toHaveText('Nie można usunąć: w harmonogramie są spotkania w tym miejscu lub tej sali (także odwołane). Możesz zmienić nazwę.');
  await expectAccessible(page);

  // A venue no meeting uses is removed, with its rooms, and the list no longer shows it.
  const { data: mistake } = await db.from('venues').insert({ name: `Pomyłka ${stamp}` }).select('id').single().throwOnError();
  await page.goto(`/panel/miejsca/${mistake!.id}`);
  await expect(page.getByText('To miejsce nie ma osobnych sal')).toBeVisible();
  await page.getByRole('button', { name: 'Usuń miejsce' }).click();
  await page.getByRole('dialog', { name: `Usunąć miejsce „Pomyłka ${stamp}”?` }).getByRole('button', { name: 'Tak, usuń' }).click();
  await expect(page).toHaveURL(/\/panel\/miejsca$/);
  await expect(page.getByRole('link', { name: `Pomyłka ${stamp}` })).toHaveCount(0);
});
