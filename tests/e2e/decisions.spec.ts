import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { todayInWarsaw } from '@/lib/dates';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { postAction } from './server-actions';
import { serviceDb } from './stack';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
/** Seeded open assumptions of round 2's programme, with their current revisions. */
const FESTIVALS = { id: '70000000-0000-4000-8000-000000000014', revision: '71000000-0000-4000-8000-000000000014' };
const GREEN_AREAS = { id: '70000000-0000-4000-8000-000000000015', revision: '71000000-0000-4000-8000-000000000015' };
const PRINCIPLES = { id: '70000000-0000-4000-8000-000000000001', revision: '71000000-0000-4000-8000-000000000001' };
const SEEDED_AWAITING = '73000000-0000-4000-8000-000000000031';
const DISPATCH = { Authorization: 'Bearer e2e-outbox-dispatch-secret-at-least-32-chars' };

const day = (offset: number) => new Date(Date.parse(todayInWarsaw()) + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A department of its own for each test, with one member of staff, asked in round 2 and answering
 * as the test says (written straight into the tables, as the department's side would leave them):
 * what other tests decide or submit never changes what this one counts.
 */
async function department(name: string, requests: { assumption: { id: string; revision: string }; deadline: number; opinion?: { stance: string; late?: boolean } }[]) {
  const db = await serviceDb();
  const unique = crypto.randomUUID().slice(0, 8);
  const { data: created } = await db.from('departments').insert({ kind: 'city_department', name: `${name} ${unique}`, short_name: `T-${unique}` }).select('id, name').single();
  const staff = `staff-${unique}@tura.test`;
  await db.from('profiles').insert({ email: staff, full_name: `Pracownik ${unique}`, role: 'department', department_id: created!.id, active: true });
  const opinions: string[] = [];
  for (const request of requests) {
    const { data: asked } = await db
      .from('opinion_requests')
      .insert({ round_id: SEEDED_ROUND, department_id: created!.id, assumption_id: request.assumption.id, revision_id: request.assumption.revision, deadline: day(request.deadline) })
      .select('id')
      .single();
    if (!request.opinion) continue;
    const { data: opinion, error } = await db
      .from('opinions')
      .insert({
        request_id: asked!.id, round_id: SEEDED_ROUND, department_id: created!.id, assumption_id: request.assumption.id, revision_id: request.assumption.revision,
        state: 'submitted', stance: request.opinion.stance, justification: 'Uzasadnienie: zadanie należy do innego zarządcy.', proposed_wording: 'Wspiera się edukację ekologiczną.',
        submitted_at: new Date().toISOString(), late: request.opinion.late ?? false,
      })
      .select('id')
      .single();
    expect(error).toBeNull();
    opinions.push(opinion!.id as string);
  }
  return { id: created!.id as string, name: created!.name as string, staff, opinions };
}

async function emailsTo(address: string, template: string) {
  const { data } = await (await serviceDb()).from('email_outbox').select('payload').eq('to_address', address).eq('template', template);
  return (data ?? []).map((row) => row.payload as Record<string, unknown>);
}

const queue = `/panel/tury/${SEEDED_ROUND}/decyzje`;
const register = `/panel/tury/${SEEDED_ROUND}/rejestr`;

async function chooseFilters(page: Page, filters: Record<string, string>) {
  for (const [label, option] of Object.entries(filters)) await page.getByLabel(label, { exact: true }).selectOption({ label: option });
  await page.getByRole('button', { name: 'Pokaż' }).click();
}

test.describe('the coordinator\'s review queue', () => {
  test('filters by department, stance and state, and the filtered address can be opened again, with no script too', async ({ page, browser, baseURL }) => {
    const sports = await department('Wydział Filtrów', [
      { assumption: FESTIVALS, deadline: 5, opinion: { stance: 'objects' } },
      { assumption: GREEN_AREAS, deadline: 5, opinion: { stance: 'supports' } },
    ]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}`);
    await page.getByRole('link', { name: 'Opinie do rozpatrzenia' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Opinie do rozpatrzenia');
    await expectAccessible(page);

    await chooseFilters(page, { 'Wydział lub jednostka': sports.name, Stan: 'Czeka na decyzję' });
    await expect(page).toHaveURL(new RegExp(`wydzial=${sports.id}`));
    const table = page.getByRole('table', { name: /2 opinie, strona 1 z 1/ });
    await expect(table.getByRole('row')).toHaveCount(3);
    // Oldest first.
    await expect(table.getByRole('row').nth(1)).toContainText('Festiwale i projekty organizacji');

    await chooseFilters(page, { Stanowisko: 'Nie popiera' });
    await expect(page.getByRole('table', { name: /1 opinia, strona 1 z 1/ })).toContainText('Nie popiera');
    const filtered = page.url();
    expect(filtered).toContain('stanowisko=objects');
    await expectAccessible(page);

    const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await noScript.addCookies(await page.context().cookies());
    await plain.goto(filtered);
    await expect(plain.getByRole('table', { name: /1 opinia/ })).toContainText('Festiwale i projekty organizacji');
    await plain.getByLabel('Stanowisko').selectOption({ label: 'Bez uwag' });
    await plain.getByRole('button', { name: 'Pokaż' }).click();
    await expect(plain.getByText('Żadna opinia nie spełnia wybranych warunków')).toBeVisible();
    await noScript.close();
  });

  test('pages stay whole on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, DEMO.coordinator);
    await page.goto(queue);
    await expect(page.getByRole('table', { name: /opini/ })).toBeVisible();
    await expectAccessible(page);
    await page.goto(register);
    await expect(page.getByRole('table', { name: 'Według decyzji' })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('a decision', () => {
  test('needs a justification unless accepted, is e-mailed to the department, and a correction keeps the earlier one visible', async ({ page }) => {
    const zikit = await department('Zarząd Zieleni Miejskiej', [{ assumption: GREEN_AREAS, deadline: -1, opinion: { stance: 'objects', late: true } }]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`${queue}?wydzial=${zikit.id}`);
    await page.getByRole('link', { name: /Edukacja ekologiczna i tereny zielone/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rozpatrzenie opinii');
    await expect(page.getByText('Wspiera się edukację ekologiczną dzieci i dorosłych oraz społeczną opiekę nad terenami zielonymi.')).toBeVisible();
    await expect(page.getByText('Uzasadnienie: zadanie należy do innego zarządcy.')).toBeVisible();
    await expect(page.getByText(/po terminie \(termin: /)).toBeVisible();
    await expectAccessible(page);

    // Rejected without a justification: said at the field and in the summary, and nothing is asked or saved.
    await page.getByLabel('Odrzucona').check();
    await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
    await expect(errorSummary(page)).toContainText('Uzasadnij decyzję');
    await expect(page.getByLabel('Uzasadnienie decyzji')).toHaveAccessibleDescription(/Uzasadnij decyzję/);
    expect(await emailsTo(zikit.staff, 'opinion-decided')).toEqual([]);

    await page.getByLabel('Uzasadnienie decyzji').fill('Opieka nad zielenią osiedlową jest prowadzona na podstawie porozumień; zapis pozostaje.');
    await page.getByRole('button', { name: 'Zapisz decyzję' }).click();
    const confirm = page.getByRole('dialog', { name: 'Zapisać decyzję?' });
    await expect(confirm).toContainText(`E-mail z decyzją i jej uzasadnieniem dostaną pracownicy: ${zikit.name}`);
    await confirm.getByRole('button', { name: 'Tak, zapisz decyzję' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano; wydział dostanie e-mail.' })).toBeVisible();
    const history = page.getByRole('region', { name: 'Decyzje' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expect(history).toContainText('Odrzucona');
    await expect(history).toContainText('Anna Nowak');
    expect(await emailsTo(zikit.staff, 'opinion-decided')).toEqual([expect.objectContaining({ outcome: 'rejected', corrected: false })]);

    // The correction: now the form corrects, and needs its own justification even to accept.
    await expect(page.getByRole('heading', { name: 'Korekta decyzji' })).toBeVisible();
    await page.getByLabel('Przyjęta', { exact: true }).check();
    await page.getByRole('button', { name: 'Zapisz korektę' }).click();
    await expect(errorSummary(page)).toContainText('Uzasadnij korektę');
    await page.getByLabel('Uzasadnienie decyzji').fill('Po spotkaniu zespołu: zapis zostanie ograniczony do edukacji ekologicznej.');
    await page.getByRole('button', { name: 'Zapisz korektę' }).click();
    await page.getByRole('dialog', { name: 'Zapisać korektę decyzji?' }).getByRole('button', { name: 'Tak, zapisz korektę' }).click();
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').first()).toContainText('Korekta – obowiązuje');
    await expect(history.getByRole('listitem').first()).toContainText('Przyjęta');
    await expect(history.getByRole('listitem').last()).toContainText('Skorygowana – nie obowiązuje');
    await expect(history.getByRole('listitem').last()).toContainText('zapis pozostaje');
    expect(await emailsTo(zikit.staff, 'opinion-decided')).toHaveLength(2);
    await expectAccessible(page);
  });

  test('a correction without a justification is refused by the database too, at the field', async ({ page }) => {
    const decided = await department('Wydział Korekt', [{ assumption: FESTIVALS, deadline: 3, opinion: { stance: 'supports' } }]);
    await signInAs(page, DEMO.coordinator);
    const decide = (justification: string) => postAction(page.request, 'decideOpinionAction', { opinionId: decided.opinions[0], outcome: 'accepted', justification }).then((response) => response.text());
    expect(await decide('')).toContain('"ok":true');
    // The action's schema lets an acceptance through without a justification; the database knows it is a correction.
    expect(await decide('')).toContain('"justification":"correctionJustificationRequired"');
    expect(await emailsTo(decided.staff, 'opinion-decided')).toHaveLength(1);
  });
});

test.describe('the register', () => {
  test('shows the round\'s figures as tables with bars, and downloads CSV and XLSX with Polish letters intact', async ({ page }) => {
    const owing = await department('Wydział Gospodarki Komunalnej i Ochrony Środowiska', [
      { assumption: FESTIVALS, deadline: -5, opinion: { stance: 'objects', late: true } },
      { assumption: GREEN_AREAS, deadline: -2 },
    ]);
    const hostile = await department('=HYPERLINK("http://evil.example","Łódź")', [{ assumption: PRINCIPLES, deadline: 10 }]);
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}`);
    await page.getByRole('link', { name: 'Rejestr opinii' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rejestr opinii');
    const byDepartment = page.getByRole('table', { name: 'Według wydziałów i jednostek' });
    await expect(byDepartment.getByRole('row', { name: owing.name })).toHaveText(new RegExp(`${owing.name}\\s*2\\s*1\\s*1\\s*1\\s*1`));
    // The seed: Wydział Kształtowania Środowiska never answered its request, ten days overdue.
    const notAnswered = page.getByRole('table', { name: 'Kto nie odpowiedział' });
    await expect(notAnswered.getByRole('row', { name: /Wydział Kształtowania Środowiska/ })).toContainText('po terminie');
    await expect(notAnswered.getByRole('row', { name: owing.name })).toContainText(`po terminie`);
    await expect(page.getByRole('table', { name: 'Według stanowisk' }).getByRole('row', { name: 'Popiera ze zmianami' })).toBeVisible();
    await expectAccessible(page);

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Rejestr w formacie CSV, do otwarcia w Excelu \(\d+(,\d)? kB\)/ }).click()]);
    expect(csvDownload.suggestedFilename()).toBe('rejestr-opinii-tura-2.csv');
    const csv = await readFile((await csvDownload.path())!);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    expect(text).toContain(`"${owing.name}";2;1;1;1;1`);
    expect(text).toContain('"Wydział Kształtowania Środowiska";1;1;');
    expect(text).toContain(`"'${hostile.name.replaceAll('"', '""')}";1;0;0;1;0`);

    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Rejestr w formacie XLSX/ }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe('rejestr-opinii-tura-2.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile((await xlsxDownload.path())!)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Według wydziałów i jednostek')!;
    const rows = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((row) => row[1] === owing.name)?.slice(1)).toEqual([owing.name, 2, 1, 1, 1, 1]);
    // Text stays text: the name that looks like a formula comes back as the name, Polish letters and all.
    expect(rows.find((row) => row[1] === hostile.name)?.slice(1)).toEqual([hostile.name, 1, 0, 0, 1, 0]);
    expect(hostile.name).toMatch(/^=HYPERLINK\("http:\/\/evil\.example","Łódź"\) /);
    expect(workbook.getWorksheet('Kto nie odpowiedział')).toBeDefined();
  });
});

test.describe('the coordinator\'s home', () => {
  test('says how many opinions await a decision and which departments are overdue, per round', async ({ page }) => {
    const late = await department('Wydział Spóźniony', [{ assumption: FESTIVALS, deadline: -4 }, { assumption: GREEN_AREAS, deadline: -1 }]);
    await signInAs(page, DEMO.coordinator);
    const section = page.getByRole('region', { name: 'Opinie wydziałów' });
    const round = section.getByRole('listitem').filter({ hasText: 'II tura spotkań branżowych' }).first();
    await expect(round).toContainText(/\d+ opini(a|e|i) czek/);
    await expect(round).toContainText(`${late.name}: 2 prośby bez odpowiedzi, termin minął ${day(-4).split('-').reverse().join('.')} r.`);
    await round.getByRole('link', { name: 'Rozpatrz opinie' }).click();
    await expect(page).toHaveURL(/stan=awaiting/);
    await expect(page.getByLabel('Stan', { exact: true })).toHaveValue('awaiting');
    await expectAccessible(page);
  });
});

test.describe('reminders', () => {
  test('the scheduler\'s sweep sends one reminder to a department whose deadline is near, and not a second', async ({ request }) => {
    const due = await department('Wydział Przypominany', [{ assumption: FESTIVALS, deadline: 2 }]);
    const notYet = await department('Wydział Bez Przypomnienia', [{ assumption: FESTIVALS, deadline: 20 }]);
    const sweep = async () => (await request.post('/api/outbox/dispatch', { headers: DISPATCH })).json();
    expect(await sweep()).toMatchObject({ reminded: expect.any(Number) });
    expect(await emailsTo(due.staff, 'opinions-reminder')).toEqual([expect.objectContaining({ roundId: SEEDED_ROUND, count: 1, deadline: day(2) })]);
    expect(await sweep()).toMatchObject({ reminded: 0 });
    expect(await emailsTo(due.staff, 'opinions-reminder')).toHaveLength(1);
    expect(await emailsTo(notYet.staff, 'opinions-reminder')).toEqual([]);
  });
});

test.describe('who may not decide', () => {
  for (const role of ['department', 'moderator'] as const) {
    test(`${role} staff get 403 on the queue, a decision and the register, and see no opinions on their home`, async ({ page }) => {
      await signInAs(page, DEMO[role]);
      await expect(page.getByRole('region', { name: 'Opinie wydziałów' })).toHaveCount(0);
      for (const path of [queue, `/panel/decyzje/${SEEDED_AWAITING}`, register]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { name: 'Brak dostępu' })).toBeVisible();
        await expect(page.getByText('Festiwale i projekty organizacji')).toHaveCount(0);
      }
    });
  }
});
