import { expect, test, type Page } from '@playwright/test';
import { todayInWarsaw } from '@/lib/dates';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { postAction } from './server-actions';
import { auditedWrites, serviceDb } from './stack';

const SEEDED_PROGRAMME = '30000000-0000-4000-8000-000000000001';
const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
/** "Zasady współpracy", of the civil society team, which the demo moderator does not moderate. */
const OTHER_TEAMS_ASSUMPTION = '70000000-0000-4000-8000-000000000001';
const CIVIL_SOCIETY_TEAM = '50000000-0000-4000-8000-000000000007';

const inDays = (days: number) => {
  const [year, month, day] = todayInWarsaw().split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
};

/**
 * A programme of its own, so that nothing here changes what the other suites count: a sports team,
 * a round in consultation, two departments taking part, each with one member of staff.
 */
async function freshProgramme() {
  const db = await serviceDb();
  const stamp = Date.now();
  const { data: programme } = await db.from('programmes').insert({ title: `Program ${stamp}`, year_from: 2015, year_to: 2017 }).select('id, title').single();
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: 'Zespół ds. sportu' }).select('id').single();
  const { data: round } = await db.from('rounds').insert({ programme_id: programme!.id, number: 1, title: `I tura ${stamp}`, status: 'consultation' }).select('id, title').single();
  const { data: departments } = await db
    .from('departments')
    .insert([
      { kind: 'city_department', name: `Wydział Sportu ${stamp}`, short_name: `WS${stamp}` },
      { kind: 'municipal_unit', name: `Zarząd Zieleni ${stamp}`, short_name: `ZZ${stamp}` },
    ])
    .select('id, name');
  const sport = departments!.find((department) => department.name.startsWith('Wydział'));
  const green = departments!.find((department) => department.name.startsWith('Zarząd'));
  await db.from('round_departments').insert([sport!, green!].map((department) => ({ round_id: round!.id, department_id: department.id })));
  const staff = { sport: `sport.${stamp}@tura.test`, green: `zielen.${stamp}@tura.test` };
  await db.from('profiles').insert([
    { email: staff.sport, full_name: 'Ewa Sportowa', role: 'department', department_id: sport!.id },
    { email: staff.green, full_name: 'Jan Zielony', role: 'department', department_id: green!.id },
  ]);
  return { programme: programme!, team: team!, round: round!, sport: sport!, green: green!, staff };
}

async function outboxTo(address: string) {
  const db = await serviceDb();
  const { data } = await db.from('email_outbox').select('template, payload').eq('to_address', address).order('created_at');
  return data as { template: string; payload: { askedAgain: boolean; count: number; deadline: string } }[];
}

async function confirmIn(page: Page, dialogName: string | RegExp, expectText: string | RegExp, confirmLabel: string) {
  const dialog = page.getByRole('dialog', { name: dialogName });
  await expect(dialog).toContainText(expectText);
  await dialog.getByRole('button', { name: confirmLabel }).click();
}

test.describe('assumptions', () => {
  test('a moderator writes an assumption of their team, is offered only their teams, and reaches no other team\'s', async ({ page }) => {
    await signInAs(page, DEMO.moderator);
    await page.getByRole('region', { name: 'Założenia Twoich zespołów' }).getByRole('link', { name: 'Założenia: Zespół ds. kultury, Zespół ds. edukacji' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Założenia programu');
    await expect(page.getByText('Widzisz założenia zespołów, które moderujesz: Zespół ds. kultury, Zespół ds. edukacji.')).toBeVisible();
    await expect(page.getByRole('table', { name: /^Zespół ds. kultury: / })).toContainText('Festiwale i projekty organizacji');
    await expect(page.getByRole('table', { name: /Zespół ds. społeczeństwa obywatelskiego/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Otwarcie do opinii' })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Dodaj założenie' }).click();
    const team = page.getByRole('combobox', { name: /^Zespół branżowy/ });
    await expect(team.getByRole('option')).toHaveText(['— wybierz zespół —', 'Zespół ds. kultury', 'Zespół ds. edukacji']);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Dodaj założenie' }).click();
    await expect(errorSummary(page)).toContainText('Wypełnij to pole.');

    const number = String(100 + Math.floor(Math.random() * 800));
    await team.selectOption({ label: 'Zespół ds. kultury' });
    await page.getByRole('combobox', { name: /^Rodzaj/ }).selectOption({ label: 'merytoryczne' });
    await page.getByRole('spinbutton', { name: /^Numer/ }).fill(number);
    await page.getByRole('textbox', { name: /^Tytuł/ }).fill('Kino w dzielnicach');
    await page.getByRole('textbox', { name: /^Treść/ }).fill('Wspiera się pokazy filmowe organizowane przez organizacje w domach kultury.');
    await page.getByRole('button', { name: 'Dodaj założenie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kino w dzielnicach');
    await expect(page.getByRole('status').filter({ hasText: 'Dodano założenie.' })).toBeVisible();
    await expect(page.getByText(`Założenie merytoryczne nr ${number}, Zespół ds. kultury`)).toBeVisible();
    await expect(page.getByText('robocze', { exact: true })).toBeVisible();
    // Opening and asking are the coordinator's.
    await expect(page.getByRole('button', { name: 'Otwórz do opinii' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Ponowne pytanie o opinię' })).toHaveCount(0);
    await expectAccessible(page);

    expect((await page.goto(`/panel/zalozenia/${OTHER_TEAMS_ASSUMPTION}`))?.status()).toBe(404);
    expect((await page.goto(`/panel/zalozenia/${OTHER_TEAMS_ASSUMPTION}/edycja`))?.status()).toBe(404);
    expect((await page.goto(`/panel/tury/${SEEDED_ROUND}/prosba-o-opinie`))?.status()).toBe(403);

    // Called directly, the action refuses another team's assumption, and writes nothing.
    const before = await auditedWrites();
    const answer = await postAction(page.request, 'createAssumptionAction', {
      programmeId: SEEDED_PROGRAMME, teamId: CIVIL_SOCIETY_TEAM, kind: 'systemic', number: 901, title: 'Nie mój zespół', body: 'Treść.',
    });
    expect(await answer.text()).toContain('"formError":"forbidden"');
    expect(await auditedWrites()).toBe(before);
  });

  test('the coordinator writes and opens an assumption, asks two departments, edits it after an opinion, and asks again', async ({ page }) => {
    const w = await freshProgramme();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/programy/${w.programme.id}`);
    await page.getByRole('link', { name: 'Założenia programu' }).click();
    await expect(page.getByText('Nie ma jeszcze żadnych założeń')).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Dodaj założenie' }).click();
    await expect(page.getByText('Następne wolne: systemowe – 1, merytoryczne – 1.')).toBeVisible();
    await page.getByRole('combobox', { name: /^Rodzaj/ }).selectOption({ label: 'systemowe' });
    await page.getByRole('spinbutton', { name: /^Numer/ }).fill('1');
    await page.getByRole('textbox', { name: /^Tytuł/ }).fill('Umowy wieloletnie');
    await page.getByRole('textbox', { name: /^Treść/ }).fill('Zadania o charakterze ciągłym zleca się na podstawie umów wieloletnich, zawieranych na okres do trzech lat.');
    await page.getByRole('button', { name: 'Dodaj założenie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Umowy wieloletnie');
    const assumptionUrl = page.url();

    await page.getByRole('button', { name: 'Otwórz do opinii' }).click();
    await confirmIn(page, 'Otworzyć do opinii?', 'Nikt nie dostanie e-maila', 'Tak, otwórz');
    await expect(page.getByRole('status').filter({ hasText: 'Otwarto do opinii.' })).toBeVisible();
    await expect(page.getByText('otwarte do opinii', { exact: true })).toBeVisible();
    await expect(page.getByText('To założenie ma jedną wersję.')).toBeVisible();

    // The request, from the round's page.
    await page.goto(`/panel/tury/${w.round.id}`);
    await page.getByRole('link', { name: 'Poproś wydziały o opinie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prośba o opinie wydziałów');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Wyślij prośbę o opinie' }).click();
    await expect(errorSummary(page)).toContainText('Zaznacz co najmniej jeden wydział lub jednostkę.');
    await expect(errorSummary(page)).toContainText('Zaznacz co najmniej jedno założenie.');
    await page.getByLabel('Termin na opinie').fill(inDays(-1));
    await page.getByRole('button', { name: 'Wyślij prośbę o opinie' }).click();
    await expect(errorSummary(page)).toContainText('Termin nie może być wcześniejszy niż dzisiaj.');

    await page.getByRole('checkbox', { name: new RegExp(w.sport.name) }).check();
    await page.getByRole('checkbox', { name: new RegExp(w.green.name) }).check();
    await page.getByRole('group', { name: /Założenia systemowe/ }).getByRole('checkbox', { name: 'nr 1: Umowy wieloletnie (wersja 1)' }).check();
    await page.getByLabel('Termin na opinie').fill(inDays(14));
    await page.getByRole('button', { name: 'Wyślij prośbę o opinie' }).click();
    await expectAccessible(page);
    await confirmIn(page, 'Wysłać prośbę o opinie?', 'pracownicy 2 wybranych wydziałów i jednostek: 2 osoby', 'Tak, wyślij');
    await expect(page.getByRole('status').filter({ hasText: 'Utworzono 2 prośby o opinię.' })).toBeVisible();
    for (const address of [w.staff.sport, w.staff.green]) {
      await expect.poll(async () => (await outboxTo(address)).map((email) => [email.template, email.payload.askedAgain, email.payload.count])).toEqual([['opinions-requested', false, 1]]);
    }

    // Asking the same again makes no new request (the database still e-mails the open ones again).
    await page.getByRole('button', { name: 'Wyślij prośbę o opinie' }).click();
    await page.getByRole('dialog', { name: 'Wysłać prośbę o opinie?' }).getByRole('button', { name: 'Tak, wyślij' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nie utworzono nowych próśb' })).toBeVisible();
    const { count } = await (await serviceDb()).from('opinion_requests').select('id', { count: 'exact', head: true }).eq('round_id', w.round.id);
    expect(count).toBe(2);

    // The sports department answers the first revision.
    const db = await serviceDb();
    const { data: request } = await db.from('opinion_requests').select('id, round_id, department_id, assumption_id, revision_id').eq('department_id', w.sport.id).single();
    await db.from('opinions').insert({ request_id: request!.id, round_id: request!.round_id, department_id: request!.department_id, assumption_id: request!.assumption_id, revision_id: request!.revision_id,
      state: 'submitted', stance: 'supports_with_changes', justification: 'Trzy lata to za krótko.', submitted_at: new Date().toISOString() });

    await page.goto(assumptionUrl);
    await expect(page.getByText('Dotyczy jej 1 złożona opinia.')).toBeVisible();
    await expect(page.getByText('Nikogo nie można teraz zapytać ponownie')).toHaveCount(0);
    await page.getByRole('link', { name: 'Zmień tekst' }).click();
    await expect(page.getByText('zapisanie zmian utworzy wersję 2')).toBeVisible();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^Treść/ }).fill('Zadania o charakterze ciągłym zleca się na podstawie umów wieloletnich, zawieranych na okres do pięciu lat.');
    await page.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano tekst założenia.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Wersja 2 (bieżąca)' })).toBeVisible();
    const changes = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Wersja 2 (bieżąca)' }) });
    await expect(changes.getByRole('heading', { name: 'Zmiany względem wersji 1' })).toBeVisible();
    await expect(changes.getByRole('deletion')).toHaveText('usunięto: trzech');
    await expect(changes.getByRole('insertion')).toHaveText('dodano: pięciu');
    await expect(changes).toContainText('Nikt nie złożył opinii o tej wersji.');
    await page.getByText('Wersja 1 (1 opinia)').click();
    await expect(page.getByText('na okres do trzech lat.', { exact: false }).first()).toBeVisible();
    await expectAccessible(page);

    // Asking again: only the department that answered the first revision.
    const askAgain = page.getByRole('region', { name: 'Ponowne pytanie o opinię' });
    await expect(askAgain.getByRole('checkbox')).toHaveCount(1);
    await expect(askAgain.getByRole('checkbox', { name: new RegExp(`${w.sport.name} – opinia o wersji 1`) })).toBeChecked();
    await askAgain.getByLabel('Termin na opinie').fill(inDays(7));
    await askAgain.getByRole('button', { name: 'Zapytaj ponownie' }).click();
    await confirmIn(page, 'Zapytać ponownie o wersję 2?', 'pracownicy 1 wybranego wydziału lub jednostki: 1 osoba', 'Tak, wyślij');
    await expect(page.getByRole('status').filter({ hasText: 'Zapytano ponownie wybrane wydziały' })).toBeVisible();
    await expect(askAgain).toContainText('Nikogo nie można teraz zapytać ponownie');
    await expect.poll(async () => (await outboxTo(w.staff.sport)).filter((email) => email.payload.askedAgain).map((email) => email.payload.deadline)).toEqual([inDays(7)]);
    expect((await outboxTo(w.staff.green)).filter((email) => email.payload.askedAgain)).toEqual([]);
  });

  test('two editors of one assumption: the later save shows the earlier one beside what was typed, overwrites nothing, and saves when repeated', async ({ browser }) => {
    const w = await freshProgramme();
    const db = await serviceDb();
    const { data: assumption } = await db.from('assumptions').insert({ programme_id: w.programme.id, team_id: w.team.id, kind: 'substantive', number: 1 }).select('id').single();
    await db.from('assumption_revisions').insert({ assumption_id: assumption!.id, revision: 1, title: 'Sport dzieci', body: 'Zajęcia sportowe dla dzieci.' });

    const context = await browser.newContext();
    const first = await context.newPage();
    await signInAs(first, DEMO.coordinator);
    const second = await context.newPage();
    for (const page of [first, second]) await page.goto(`/panel/zalozenia/${assumption!.id}/edycja`);
    await expect(first.getByText('Dopóki żaden wydział nie zaczął pisać opinii o wersji 1, zmiany ją poprawią.')).toBeVisible();

    await first.getByRole('textbox', { name: /^Tytuł/ }).fill('Sport dzieci i młodzieży');
    await first.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(first.getByRole('heading', { level: 1 })).toHaveText('Sport dzieci i młodzieży');

    await second.getByRole('textbox', { name: /^Treść/ }).fill('Zajęcia sportowe i obozy dla dzieci.');
    await second.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(errorSummary(second)).toContainText('Ktoś inny zapisał w międzyczasie to założenie (wersja 1).');
    const theirs = second.getByRole('region', { name: 'Wersja 1, zapisana w międzyczasie przez kogoś innego' });
    await expect(theirs).toContainText('Sport dzieci i młodzieży');
    await expect(theirs).toContainText('Zajęcia sportowe dla dzieci.');
    await expect(second.getByRole('textbox', { name: /^Treść/ })).toHaveValue('Zajęcia sportowe i obozy dla dzieci.');
    await expect(second.getByRole('textbox', { name: /^Tytuł/ })).toHaveValue('Sport dzieci');
    await expectAccessible(second);
    const { data: unchanged } = await db.from('assumption_revisions').select('title, body').eq('assumption_id', assumption!.id);
    expect(unchanged).toEqual([{ title: 'Sport dzieci i młodzieży', body: 'Zajęcia sportowe dla dzieci.' }]);

    await second.getByRole('textbox', { name: /^Tytuł/ }).fill('Sport dzieci i młodzieży');
    await second.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(second.getByRole('status').filter({ hasText: 'Zapisano tekst założenia.' })).toBeVisible();
    await expect(second.getByText('Zajęcia sportowe i obozy dla dzieci.')).toBeVisible();
    await context.close();
  });

  test('at phone width the assumptions and the request form read and work', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/programy/${SEEDED_PROGRAMME}/zalozenia`);
    await expect(page.getByRole('table', { name: /^Zespół ds. społeczeństwa obywatelskiego: 3 założenia/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/panel/zalozenia/70000000-0000-4000-8000-000000000003`);
    await expect(page.getByRole('heading', { name: 'Wersja 2 (bieżąca)' })).toBeVisible();
    await expectAccessible(page);
    await page.goto(`/panel/tury/${SEEDED_ROUND}/prosba-o-opinie`);
    await expect(page.getByRole('checkbox', { name: /Wydział Sportu \(1 osoba z kontem\)/ })).toBeVisible();
    await expectAccessible(page);
  });

  test('a department user reaches none of these pages', async ({ page }) => {
    await signInAs(page, DEMO.department);
    for (const path of [
      `/panel/programy/${SEEDED_PROGRAMME}/zalozenia`,
      `/panel/programy/${SEEDED_PROGRAMME}/zalozenia/nowe`,
      `/panel/zalozenia/${OTHER_TEAMS_ASSUMPTION}`,
      `/panel/zalozenia/${OTHER_TEAMS_ASSUMPTION}/edycja`,
      `/panel/tury/${SEEDED_ROUND}/prosba-o-opinie`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
    }
    await expectAccessible(page);
  });
});
