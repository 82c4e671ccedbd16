import { expect, test, type Page } from '@playwright/test';
import { createHash, randomUUID } from 'node:crypto';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { serviceDb, waitForEmail } from './stack';

const ROUND = '40000000-0000-4000-8000-000000000002';
const PROGRAMME = '30000000-0000-4000-8000-000000000001';
const SPORTS = '10000000-0000-4000-8000-000000000002';
const NOT_HELD_ECONOMY_MEETING = '62000000-0000-4000-8000-000000000008';
const SHOTS = process.env.TURA_SCREENSHOTS;

const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/**
 * Meetings of their own: a new team (with no moderator) and a venue, so that no test shares
 * another's meeting. Each meeting lasts two hours from `startsInHours`.
 */
async function freshMeetings<const Hours extends readonly number[]>(roundId: string, startsInHours: Hours) {
  const db = await serviceDb();
  const stamp = randomUUID().slice(0, 8);
  const { data: team } = await db.from('sector_teams').insert({ programme_id: PROGRAMME, name: `Zespół testowy ${stamp}`, sort_order: 90 }).select('id, name').single();
  const { data: venue } = await db.from('venues').insert({ name: `Sala testowa ${stamp}`, address: 'ul. Próbna 1, Kraków' }).select('id').single();
  const { data: meetings, error } = await db
    .from('meetings')
    .insert(startsInHours.map((hours) => ({ round_id: roundId, team_id: team!.id, venue_id: venue!.id, starts_at: hoursFromNow(hours), ends_at: hoursFromNow(hours + 2), change_reason: 'Spotkanie dodatkowe' })))
    .select('id, starts_at')
    .order('starts_at');
  expect(error).toBeNull();
  return { team: team as { id: string; name: string }, ids: (meetings as { id: string }[]).map((meeting) => meeting.id) as { [K in keyof Hours]: string } };
}

const outcomeOf = async (meetingId: string) =>
  (await (await serviceDb()).from('meeting_outcomes').select('held, organisations, organisation_count, not_held_reason, note, departments:meeting_outcome_departments(department_id)').eq('meeting_id', meetingId).maybeSingle()).data;

const outcomeSection = (page: Page) => page.getByRole('region', { name: 'Czy spotkanie się odbyło' });

async function shot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe("a meeting's outcome", () => {
  test('the coordinator records a held meeting, prefilled from the sign-ups, after a count too low', async ({ page }) => {
    const { ids: [meetingId] } = await freshMeetings(ROUND, [-5]);
    const db = await serviceDb();
    const signup = (organisation: string) => ({
      meeting_id: meetingId, organisation, person_name: 'Jan Kowalski', email: `${randomUUID().slice(0, 8)}@ngo.test`,
      token_hash: createHash('sha256').update(randomUUID()).digest('hex'), token_expires_at: hoursFromNow(48), confirmed_at: hoursFromNow(-30),
    });
    expect((await db.from('meeting_signups').insert([signup('Klub Sportowy Hutnik'), signup('Fundacja Aktywni')])).error).toBeNull();

    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/spotkania/${meetingId}/przebieg`);
    const section = outcomeSection(page);
    await expect(section).toContainText('Bez zapisanego przebiegu');
    const organisations = section.getByLabel(/Obecne organizacje, każda/);
    await expect(organisations).toHaveValue('Fundacja Aktywni\nKlub Sportowy Hutnik');
    await expectAccessible(page);

    await section.getByLabel('Tak, odbyło się').check();
    await organisations.fill('Fundacja Aktywni\nKlub Sportowy Hutnik\nStowarzyszenie Nowa Huta');
    await section.getByLabel(/Liczba obecnych organizacji/).fill('2');
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(errorSummary(page)).toContainText('Liczba organizacji nie może być mniejsza niż liczba wpisanych z nazwy.');
    await expect(section.getByLabel(/Liczba obecnych organizacji/)).toHaveAttribute('aria-invalid', 'true');
    await shot(page, 'outcome-bad-count-desktop');
    expect(await outcomeOf(meetingId)).toBeNull();

    await section.getByLabel(/Liczba obecnych organizacji/).fill('7');
    await section.getByRole('checkbox', { name: 'Wydział Sportu' }).check();
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(section.getByRole('status')).toHaveText('Zapisano przebieg spotkania.');
    await expect(section).toContainText('Odbyło się');
    expect(await outcomeOf(meetingId)).toEqual({
      held: true, organisations: ['Fundacja Aktywni', 'Klub Sportowy Hutnik', 'Stowarzyszenie Nowa Huta'], organisation_count: 7,
      not_held_reason: null, note: '', departments: [{ department_id: SPORTS }],
    });
    await expectAccessible(page);
    await shot(page, 'outcome-held-desktop');
  });

  test('the coordinator records a meeting not held: "other" needs words; a meeting yet to come says when', async ({ page }) => {
    const { ids: [pastId, futureId] } = await freshMeetings(ROUND, [-30, 48]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/spotkania/${futureId}/przebieg`);
    await expect(outcomeSection(page)).toContainText('Przebieg spotkania można zapisać od jego rozpoczęcia');
    await expect(outcomeSection(page).getByRole('button')).toHaveCount(0);
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/panel/spotkania/${pastId}/przebieg`);
    const section = outcomeSection(page);
    await section.getByLabel('Nie, nie odbyło się').check();
    await expect(section.getByLabel(/Obecne organizacje, każda/)).toHaveCount(0);
    await section.getByLabel(/^Powód/).selectOption({ label: 'Inny powód' });
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(errorSummary(page)).toContainText('Przy „Inny powód” napisz, dlaczego spotkanie się nie odbyło.');
    await shot(page, 'outcome-not-held-error-phone');
    await section.getByLabel('Wyjaśnienie').fill('Awaria ogrzewania w sali.');
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(section.getByRole('status')).toHaveText('Zapisano przebieg spotkania.');
    expect(await outcomeOf(pastId)).toEqual({ held: false, organisations: [], organisation_count: null, not_held_reason: 'other', note: 'Awaria ogrzewania w sali.', departments: [] });
    // A meeting not held invites nobody to follow-up talks.
    await expect(page.getByRole('region', { name: 'Dalsze rozmowy' })).toHaveCount(0);
    await expectAccessible(page);
    await shot(page, 'outcome-not-held-phone');
    // The recorded outcome and the seeded held meeting's long lists fit the phone's width.
    await page.goto('/panel/spotkania/62000000-0000-4000-8000-000000000001/przebieg');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test('a correction based on an outcome recorded meanwhile is refused, and what was typed stays', async ({ page }) => {
    const { ids: [meetingId] } = await freshMeetings(ROUND, [-20]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/spotkania/${meetingId}/przebieg`);
    const section = outcomeSection(page);
    await section.getByLabel('Tak, odbyło się').check();
    await section.getByLabel(/Obecne organizacje, każda/).fill('Fundacja Pierwsza');
    // Someone else records it in another tab first.
    const db = await serviceDb();
    expect((await db.from('meeting_outcomes').insert({ meeting_id: meetingId, round_id: ROUND, team_id: (await db.from('meetings').select('team_id').eq('id', meetingId).single()).data!.team_id, held: false, not_held_reason: 'no_quorum' })).error).toBeNull();
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(errorSummary(page)).toContainText('Ktoś inny zapisał w międzyczasie przebieg tego spotkania.');
    await expect(section.getByLabel(/Obecne organizacje, każda/)).toHaveValue('Fundacja Pierwsza');
    expect(await outcomeOf(meetingId)).toMatchObject({ held: false, not_held_reason: 'no_quorum' });
  });

  test("the team's moderator reads the seeded outcome, without a form", async ({ page }) => {
    // The demo moderator leads the culture team: its meeting of 19.10.2011 was held.
    await signInAs(page, DEMO.moderator);
    await page.goto(`/panel/spotkania/62000000-0000-4000-8000-000000000004/przebieg`);
    const section = outcomeSection(page);
    await expect(section).toContainText('Odbyło się');
    await expect(section).toContainText('Towarzystwo Przyjaciół Podgórza');
    await expect(section.getByRole('button')).toHaveCount(0);
    await expectAccessible(page);
  });

  test("the round's schedule links begun meetings to their record, with the outcome in words", async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${ROUND}/harmonogram`);
    const economy = page.getByRole('row', { name: /Zespół ds. rozwoju gospodarczego/ });
    await expect(economy).toContainText('Nie odbyło się');
    await economy.getByRole('link', { name: /^Przebieg spotkania: Zespół ds. rozwoju gospodarczego/ }).click();
    await expect(page).toHaveURL(new RegExp(`/panel/spotkania/${NOT_HELD_ECONOMY_MEETING}/przebieg$`));
    await expect(outcomeSection(page)).toContainText('Zespół nie miał moderatora');
    await expectAccessible(page);
  });
});

test.describe('follow-up talks', () => {
  test('the coordinator invites an organisation to talks with Wydział Sportu; the department sees it on its home and updates it', async ({ page, browser }) => {
    const { ids: [meetingId] } = await freshMeetings(ROUND, [-8]);
    const organisation = `Fundacja Rozmów ${Date.now()}`;
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/spotkania/${meetingId}/przebieg`);
    await outcomeSection(page).getByLabel('Tak, odbyło się').check();
    await outcomeSection(page).getByRole('button', { name: 'Zapisz przebieg' }).click();
    const followUps = page.getByRole('region', { name: 'Dalsze rozmowy' });
    await expect(followUps).toContainText('Nikogo jeszcze nie zaproszono na dalsze rozmowy');

    await followUps.getByRole('button', { name: 'Zaproś' }).click();
    await expect(errorSummary(page)).toContainText('Wybierz wydział lub jednostkę');
    await followUps.getByLabel(/^Organizacja/).fill(organisation);
    await followUps.getByLabel(/^Wydział lub jednostka/).selectOption({ label: 'Wydział Sportu' });
    await followUps.getByLabel(/^Temat/).fill('Dostęp do boisk szkolnych po lekcjach');
    await followUps.getByRole('button', { name: 'Zaproś' }).click();
    await page.getByRole('dialog', { name: 'Wysłać zaproszenie do wydziału?' }).getByRole('button', { name: 'Zaproś' }).click();
    await expect(followUps.getByRole('table')).toContainText(organisation);
    await expect(followUps.getByRole('row', { name: new RegExp(organisation) })).toContainText('Zaproszona');
    await expectAccessible(page);
    const email = await waitForEmail(DEMO.department, new RegExp(`Zaproszenie na rozmowy z organizacją: ${organisation}`));
    expect(email.text).toContain('Temat: Dostęp do boisk szkolnych po lekcjach');

    const department = await (await browser.newContext()).newPage();
    await signInAs(department, DEMO.department);
    const home = department.getByRole('region', { name: /Dalsze rozmowy z organizacjami/ });
    const item = home.getByRole('listitem').filter({ hasText: organisation });
    await expect(item).toContainText('Dostęp do boisk szkolnych po lekcjach');
    await expectAccessible(department);
    await item.getByLabel(/^Stan/).selectOption({ label: 'Rozmowy umówione' });
    await item.getByRole('button', { name: 'Zapisz stan' }).click();
    await expect(errorSummary(department)).toContainText('Podaj datę rozmów');
    await item.getByLabel('Data rozmów').fill('2026-12-10');
    await item.getByLabel('Uwagi').fill('Sala 12, ul. Bratysławska');
    await item.getByRole('button', { name: 'Zapisz stan' }).click();
    await expect(item.getByRole('status')).toHaveText('Zapisano.');
    await expect(item.getByRole('heading')).toContainText('Rozmowy umówione');
    const { data } = await (await serviceDb()).from('follow_ups').select('status, talks_on, note').eq('meeting_id', meetingId).single();
    expect(data).toEqual({ status: 'scheduled', talks_on: '2026-12-10', note: 'Sala 12, ul. Bratysławska' });
    await shot(department, 'department-follow-ups-desktop');
    await department.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(department);
    await shot(department, 'department-follow-ups-phone');
  });
});

test.describe("the coordinator's home", () => {
  test('flags an issued meeting of a vacant team in the coming days, and an ended meeting with no outcome, each linking to its record', async ({ page }) => {
    const db = await serviceDb();
    const { data: round } = await db.from('rounds').insert({ programme_id: PROGRAMME, number: 60 + Math.floor(Math.random() * 39), title: `Tura flag ${Date.now()}`, status: 'consultation' }).select('id').single();
    const { team, ids: [endedId, soonId] } = await freshMeetings(round!.id, [-24 * 4, 24 * 3]);
    const { error } = await db.from('schedule_versions').insert({ round_id: round!.id, number: 1, as_of: '2026-01-01', meetings: [endedId, soonId].map((id) => ({ id, cancelled: false })) });
    expect(error).toBeNull();

    await signInAs(page, DEMO.coordinator);
    const vacant = page.getByRole('listitem').filter({ hasText: /w ciągu 14 dni bez moderatora zespołu/ });
    await expect(vacant.getByRole('link', { name: team.name })).toHaveAttribute('href', `/panel/spotkania/${soonId}/przebieg`);
    const missing = page.getByRole('listitem').filter({ hasText: /bez zapisanego przebiegu \(2 dni po zakończeniu\)/ });
    await expect(missing.getByRole('link', { name: team.name })).toHaveAttribute('href', `/panel/spotkania/${endedId}/przebieg`);
    await expectAccessible(page);
    await shot(page, 'coordinator-flags-desktop');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'coordinator-flags-phone');

    await missing.getByRole('link', { name: team.name }).click();
    await outcomeSection(page).getByLabel('Nie, nie odbyło się').check();
    await outcomeSection(page).getByLabel(/^Powód/).selectOption({ label: 'Przyszło za mało organizacji' });
    await outcomeSection(page).getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(outcomeSection(page).getByRole('status')).toHaveText('Zapisano przebieg spotkania.');
    await page.goto('/panel');
    await expect(page.getByRole('listitem').filter({ hasText: /bez zapisanego przebiegu/ }).getByRole('link', { name: team.name })).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the outcome form posts, shows both parts, refuses a missing reason and records a held meeting, one organisation a line', async ({ page }) => {
    const { ids: [meetingId] } = await freshMeetings(ROUND, [-12]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/spotkania/${meetingId}/przebieg`);
    const section = outcomeSection(page);
    await section.getByLabel('Nie, nie odbyło się').check();
    await section.getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(errorSummary(page)).toContainText('Wybierz powód, dla którego spotkanie się nie odbyło.');
    expect(await outcomeOf(meetingId)).toBeNull();

    await outcomeSection(page).getByLabel('Tak, odbyło się').check();
    await outcomeSection(page).getByLabel(/Obecne organizacje, każda/).fill('Fundacja Bez Skryptu\nStowarzyszenie Zwykłych Formularzy');
    await outcomeSection(page).getByRole('checkbox', { name: 'Wydział Sportu' }).check();
    await outcomeSection(page).getByRole('button', { name: 'Zapisz przebieg' }).click();
    await expect(outcomeSection(page)).toContainText('Odbyło się');
    expect(await outcomeOf(meetingId)).toMatchObject({ held: true, organisations: ['Fundacja Bez Skryptu', 'Stowarzyszenie Zwykłych Formularzy'], organisation_count: 2, departments: [{ department_id: SPORTS }] });
  });
});
