import { expect, test, type Page } from '@playwright/test';
import { utcToWarsaw } from '@/lib/schedule/warsaw-time';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { postAction } from './server-actions';
import { auditedWrites, linkIn, serviceDb, waitForEmail } from './stack';

const ROUND = '40000000-0000-4000-8000-000000000002';
const PROGRAMME = '30000000-0000-4000-8000-000000000001';
const CIVIL_SOCIETY_TEAM = '50000000-0000-4000-8000-000000000007';
const SPORTS = '10000000-0000-4000-8000-000000000002';
const ZIKIT = '10000000-0000-4000-8000-000000000007';

const warsawDay = (days: number) => utcToWarsaw(new Date(Date.now() + days * 86_400_000).toISOString()).date;

/** A new open assumption of its own, asked of a department in round 2, so that no test shares another's request. */
async function freshRequest(options: { department?: string; deadlineInDays?: number } = {}) {
  const db = await serviceDb();
  const title = `Założenie testowe ${Date.now()}`;
  for (;;) {
    const number = 100 + Math.floor(Math.random() * 899);
    const { data: assumption } = await db
      .from('assumptions')
      .insert({ programme_id: PROGRAMME, team_id: CIVIL_SOCIETY_TEAM, kind: 'systemic', number, status: 'open', opened_at: new Date().toISOString() })
      .select('id')
      .single();
    if (!assumption) continue; // that number was taken
    const { data: revision } = await db
      .from('assumption_revisions')
      .insert({ assumption_id: assumption.id, revision: 1, title, body: 'Organizacje współtworzą programy miejskie od pierwszego projektu.' })
      .select('id')
      .single();
    const { data: request } = await db
      .from('opinion_requests')
      .insert({ round_id: ROUND, department_id: options.department ?? SPORTS, assumption_id: assumption.id, revision_id: revision!.id, deadline: warsawDay(options.deadlineInDays ?? 7) })
      .select('id')
      .single();
    return { id: request!.id as string, assumptionId: assumption.id as string, revisionId: revision!.id as string, title };
  }
}

const opinionOf = async (requestId: string) =>
  (await (await serviceDb()).from('opinions').select('state, stance, justification, version, late').eq('request_id', requestId)).data ?? [];

const status = (page: Page) => page.locator('#opinion-form').getByRole('status');
const errors = (page: Page) => page.getByRole('alert', { name: /Opinii nie można jeszcze złożyć/ });
const justification = (page: Page) => page.getByLabel(/^Uzasadnienie/);

/** A department user of another department (ZIKiT), signed in through a magic link as anyone invited would be. */
async function signInFromZikit(page: Page) {
  const email = `zikit.${Date.now()}@tura.test`;
  const { error } = await (await serviceDb()).from('profiles').insert({ email, full_name: 'Ewa Zarządowa', role: 'department', department_id: ZIKIT });
  expect(error).toBeNull();
  await page.goto(`/signin?email=${encodeURIComponent(email)}`);
  await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
  await page.goto(linkIn(await waitForEmail(email, /Link do logowania/), '/api/auth/callback/email'));
  await expect(page).toHaveURL(/\/panel$/);
}

test.describe("the department's opinions", () => {
  test('a department drafts as it types, reloads, submits after a question, withdraws and submits again', async ({ page }) => {
    const request = await freshRequest({ deadlineInDays: -2 });
    await signInAs(page, DEMO.department);
    const home = page.getByRole('region', { name: 'Opinie, na które czekamy' });
    await expect(home.getByRole('link', { name: new RegExp(request.title) })).toBeVisible();

    await page.getByRole('navigation', { name: 'Menu panelu' }).getByRole('link', { name: 'Opiniowanie' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prośby o opinie');
    const row = page.getByRole('row', { name: new RegExp(request.title) });
    await expect(row).toContainText('po terminie');
    await expect(row).toContainText('nierozpoczęta');
    await expectAccessible(page);

    await row.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(`^Założenie systemowe nr \\d+: ${request.title}$`));
    await expect(page.getByText('Organizacje współtworzą programy miejskie')).toBeVisible();
    await expectAccessible(page);

    // Typing saves after a pause; the status says so without taking the focus.
    await page.getByRole('radio', { name: /Nie popieram/ }).check();
    await justification(page).fill('Wydział nie ma środków na ten cel.');
    await expect(status(page)).toHaveText(/^Zapisano o \d\d:\d\d$/);
    await expect(justification(page)).toBeFocused();
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'draft', stance: 'objects', justification: 'Wydział nie ma środków na ten cel.' }]);

    await page.reload();
    await expect(page.getByRole('radio', { name: /Nie popieram/ })).toBeChecked();
    await expect(justification(page)).toHaveValue('Wydział nie ma środków na ten cel.');

    // The form knows that this stance needs a justification, and says so before the question.
    await expect(page.getByText('Uzasadnienie (wymagane do złożenia)')).toBeVisible();
    await justification(page).fill('');
    await page.getByRole('button', { name: 'Złóż opinię' }).click();
    await expect(errors(page)).toContainText('Uzasadnij stanowisko');
    await expect(page.getByRole('dialog')).toBeHidden();
    await page.getByRole('radio', { name: /^Popieram\b(?! ze)/ }).check();
    await expect(page.getByText('Uzasadnienie (nieobowiązkowe)')).toBeVisible();
    await page.getByRole('radio', { name: /Popieram ze zmianami/ }).check();
    await justification(page).fill('Popieramy, jeśli nabór ruszy w styczniu.');
    await page.getByLabel(/^Proponowane brzmienie/).fill('Organizacje współtworzą programy miejskie od stycznia.');

    await page.getByRole('button', { name: 'Złóż opinię' }).click();
    const question = page.getByRole('dialog', { name: 'Złożyć opinię?' });
    await expect(question).toContainText('możesz ją wycofać tylko do czasu, gdy koordynator podejmie decyzję');
    await expect(question).toContainText('po terminie');
    await expectAccessible(page);
    await question.getByRole('button', { name: 'Tak, złóż opinię' }).click();

    await expect(page).toHaveURL(/\?stan=zlozona$/);
    await expect(page.getByRole('status').filter({ hasText: 'Opinia została złożona.' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Złożona opinia' })).toBeVisible();
    await expect(page.getByText('złożona po terminie, czeka na decyzję')).toBeVisible();
    await expect(page.getByText('Popieramy, jeśli nabór ruszy w styczniu.')).toBeVisible();
    await expectAccessible(page);
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'submitted', stance: 'supports_with_changes', late: true }]);

    // Withdrawn, asked first: a draft again, with the text kept.
    await page.getByRole('button', { name: 'Wycofaj opinię' }).click();
    await page.getByRole('dialog', { name: 'Wycofać opinię?' }).getByRole('button', { name: 'Tak, wycofaj opinię' }).click();
    await expect(page).toHaveURL(/\?stan=wycofana$/);
    await expect(justification(page)).toHaveValue('Popieramy, jeśli nabór ruszy w styczniu.');
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'draft', late: false }]);

    await justification(page).fill('Popieramy, jeśli nabór ruszy w lutym.');
    await page.getByRole('button', { name: 'Złóż opinię' }).click();
    await page.getByRole('dialog', { name: 'Złożyć opinię?' }).getByRole('button', { name: 'Tak, złóż opinię' }).click();
    await expect(page).toHaveURL(/\?stan=zlozona$/);
    await expect(page.getByRole('region', { name: 'Złożona opinia' })).toContainText('Popieramy, jeśli nabór ruszy w lutym.');
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'submitted', justification: 'Popieramy, jeśli nabór ruszy w lutym.' }]);

    await page.goto('/panel/opiniowanie');
    await expect(page.getByRole('row', { name: new RegExp(request.title) })).toContainText('złożona po terminie, czeka na decyzję');
  });

  test('a second tab editing the same draft gets a conflict showing both texts, and nothing is overwritten until the person chooses', async ({ context }) => {
    const request = await freshRequest();
    const first = await context.newPage();
    await signInAs(first, DEMO.department);
    await first.goto(`/panel/opiniowanie/${request.id}`);
    await first.getByRole('radio', { name: /Nie popieram/ }).check();
    await justification(first).fill('Wersja początkowa.');
    await expect(status(first)).toHaveText(/^Zapisano/);

    const second = await context.newPage();
    await second.goto(`/panel/opiniowanie/${request.id}`);
    await expect(justification(second)).toHaveValue('Wersja początkowa.');

    await justification(first).fill('Tekst z pierwszej karty.');
    await expect(status(first)).toHaveText(/^Zapisano/);
    await justification(second).fill('Tekst z drugiej karty.');
    const conflict = second.getByRole('region', { name: 'Ktoś zapisał tę opinię w międzyczasie' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('heading', { name: /^Wersja zapisana/ }).locator('..')).toContainText('Tekst z pierwszej karty.');
    await expect(conflict.getByRole('heading', { name: 'Twoja wersja (wpisana tutaj)' }).locator('..')).toContainText('Tekst z drugiej karty.');
    await expect(status(second)).toContainText('Nie zapisano: ktoś zapisał tę opinię w międzyczasie');
    await expectAccessible(second);
    expect(await opinionOf(request.id)).toMatchObject([{ justification: 'Tekst z pierwszej karty.' }]);

    await conflict.getByRole('button', { name: 'Zachowaj moją wersję' }).click();
    await expect(status(second)).toHaveText(/^Zapisano/);
    expect(await opinionOf(request.id)).toMatchObject([{ justification: 'Tekst z drugiej karty.' }]);

    // The first tab, typing on its old version, meets the conflict in turn and takes the saved text.
    await justification(first).fill('Tekst z pierwszej karty, poprawiony.');
    const theirs = first.getByRole('region', { name: 'Ktoś zapisał tę opinię w międzyczasie' });
    await theirs.getByRole('button', { name: 'Przyjmij zapisaną wersję' }).click();
    await expect(justification(first)).toHaveValue('Tekst z drugiej karty.');
    await expect(theirs).toBeHidden();

    // Merging by hand keeps the saved text on screen while the person edits theirs, then saves.
    await justification(second).fill('Druga karta znowu.');
    await expect(status(second)).toHaveText(/^Zapisano/);
    await justification(first).fill('Pierwsza karta znowu.');
    await first.getByRole('button', { name: 'Połącz ręcznie' }).click();
    const merging = first.getByRole('region', { name: 'Łączenie wersji' });
    await expect(merging).toContainText('Druga karta znowu.');
    await justification(first).fill('Pierwsza i druga karta razem.');
    await expect(status(first)).toHaveText(/^Zapisano/);
    await merging.getByRole('button', { name: 'Gotowe – ukryj zapisaną wersję' }).click();
    await expect(merging).toBeHidden();
    expect(await opinionOf(request.id)).toMatchObject([{ justification: 'Pierwsza i druga karta razem.' }]);
  });

  test('text typed while saving fails stays in the browser: kept over a reload, offered back, and saved when the connection returns', async ({ page, context }) => {
    const request = await freshRequest();
    await signInAs(page, DEMO.department);
    await page.goto(`/panel/opiniowanie/${request.id}`);

    await context.setOffline(true);
    await page.getByRole('radio', { name: /Bez uwag/ }).check();
    await justification(page).fill('Pisane bez połączenia.');
    await expect(status(page)).toHaveText('Nie zapisano: brak połączenia — tekst jest bezpieczny w tej przeglądarce. Zapiszemy go, gdy połączenie wróci.');
    await context.setOffline(false);
    await expect(status(page)).toHaveText(/^Zapisano/);
    expect(await opinionOf(request.id)).toMatchObject([{ justification: 'Pisane bez połączenia.' }]);

    // The server never gets this one (its saves are cut off): after a reload it is offered back.
    await page.route(`**/panel/opiniowanie/${request.id}`, (route) => (route.request().method() === 'POST' ? route.abort() : route.continue()));
    await justification(page).fill('Tekst, którego serwer nie dostał.');
    await expect(status(page)).toContainText('Nie zapisano');
    await page.reload();
    await expect(justification(page)).toHaveValue('Pisane bez połączenia.');
    const kept = page.getByRole('region', { name: 'Niezapisany tekst w tej przeglądarce' });
    await expect(kept).toContainText('Tekst, którego serwer nie dostał.');
    await expectAccessible(page);
    await page.unroute(`**/panel/opiniowanie/${request.id}`);
    await kept.getByRole('button', { name: 'Przywróć ten tekst' }).click();
    await expect(justification(page)).toHaveValue('Tekst, którego serwer nie dostał.');
    await expect(status(page)).toHaveText(/^Zapisano/);
    expect(await opinionOf(request.id)).toMatchObject([{ justification: 'Tekst, którego serwer nie dostał.' }]);
    await page.reload();
    await expect(page.getByRole('region', { name: 'Niezapisany tekst w tej przeglądarce' })).toHaveCount(0);
  });

  test('asked again about a new revision, the department sees what changed and its earlier opinion with the decision', async ({ page }) => {
    const db = await serviceDb();
    const earlier = await freshRequest({ deadlineInDays: -20 });
    const { data: opinion } = await db
      .from('opinions')
      .insert({
        request_id: earlier.id, round_id: ROUND, department_id: SPORTS, assumption_id: earlier.assumptionId, revision_id: earlier.revisionId, state: 'submitted',
        stance: 'supports_with_changes', justification: 'Dodajcie słowo „wszystkich”.', submitted_at: new Date().toISOString(), outcome: 'accepted', decided_at: new Date().toISOString(),
      })
      .select('id')
      .single();
    await db.from('opinion_decisions').insert({ opinion_id: opinion!.id, outcome: 'rejected', justification: 'Najpierw: nie.', decided_at: new Date(Date.now() - 86_400_000).toISOString() });
    const { data: first } = await db.from('opinion_decisions').select('id').eq('opinion_id', opinion!.id).single();
    await db.from('opinion_decisions').insert({ opinion_id: opinion!.id, outcome: 'accepted', justification: 'Po namyśle: tak.', corrects: first!.id });
    const { data: revision } = await db
      .from('assumption_revisions')
      .insert({ assumption_id: earlier.assumptionId, revision: 2, title: earlier.title, body: 'Organizacje współtworzą wszystkie programy miejskie od pierwszego projektu.' })
      .select('id')
      .single();
    const { data: renewed } = await db
      .from('opinion_requests')
      .insert({ round_id: ROUND, department_id: SPORTS, assumption_id: earlier.assumptionId, revision_id: revision!.id, deadline: warsawDay(10) })
      .select('id')
      .single();
    await db.from('opinion_requests').update({ replaced_by: renewed!.id }).eq('id', earlier.id);

    await signInAs(page, DEMO.department);
    await page.goto('/panel/opiniowanie');
    await expect(page.getByRole('row', { name: new RegExp(earlier.title) })).toHaveCount(1);
    await page.getByRole('row', { name: new RegExp(earlier.title) }).getByRole('link').click();
    await expect(page).toHaveURL(new RegExp(renewed!.id));
    const changes = page.getByRole('region', { name: 'Co się zmieniło od wersji 1, którą już zaopiniowaliście' });
    await expect(changes.locator('ins')).toContainText('wszystkie');
    await expect(changes).toContainText('Dodajcie słowo „wszystkich”.');
    await expect(changes).toContainText('Opinia przyjęta');
    await expect(changes).toContainText('ta decyzja skorygowała wcześniejszą');
    await expect(changes).toContainText('Po namyśle: tak.');
    await expect(changes.getByRole('listitem').filter({ hasText: 'Opinia odrzucona' })).toContainText('Najpierw: nie.');
    await expectAccessible(page);

    // The replaced request still opens, read-only, and leads to the new one.
    await page.goto(`/panel/opiniowanie/${earlier.id}`);
    await expect(page.getByText('Koordynator poprosił o opinię o nowszej wersji tego założenia.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Wycofaj opinię' })).toHaveCount(0);
  });

  test('works on a phone', async ({ page }) => {
    const request = await freshRequest();
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, DEMO.department);
    await expectAccessible(page);
    await page.goto('/panel/opiniowanie');
    await expectAccessible(page);
    await page.goto(`/panel/opiniowanie/${request.id}`);
    await page.getByRole('radio', { name: /Nie popieram/ }).check();
    await justification(page).fill('Na telefonie też działa.');
    await expect(status(page)).toHaveText(/^Zapisano/);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('who reaches a department\'s opinions', () => {
  test('another department sees none of them: nothing in its list, 404 for the request, and its calls are refused, writing nothing', async ({ page }) => {
    const request = await freshRequest();
    await signInFromZikit(page);
    await page.goto('/panel/opiniowanie');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prośby o opinie');
    await expect(page.getByText(request.title)).toHaveCount(0);
    await expect(page.getByText('Sport dzieci i młodzieży')).toHaveCount(0); // Wydział Sportu's seeded request
    const response = await page.goto(`/panel/opiniowanie/${request.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(request.title)).toHaveCount(0);
    await expectAccessible(page);

    const before = await auditedWrites();
    const opinion = (intent: string) => ({ requestId: request.id, expectedVersion: 0, stance: 'objects', justification: 'Cudza opinia', proposedWording: '', intent });
    for (const [action, input] of [['saveOpinionAction', opinion('save')], ['saveOpinionAction', opinion('submit')], ['withdrawOpinionAction', { requestId: request.id }]] as const) {
      expect(await (await postAction(page.request, action, input)).text(), action).toContain('"formError":"forbidden"');
    }
    expect(await auditedWrites()).toBe(before);
    expect(await opinionOf(request.id)).toEqual([]);
  });

  for (const role of ['coordinator', 'moderator'] as const) {
    test(`the ${role} cannot reach the department's list or editor`, async ({ page }) => {
      const request = await freshRequest();
      await signInAs(page, DEMO[role]);
      await expect(page.getByRole('link', { name: 'Opiniowanie' })).toHaveCount(0);
      for (const path of ['/panel/opiniowanie', `/panel/opiniowanie/${request.id}`]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
      }
      await expect(page.getByText(request.title)).toHaveCount(0);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the opinion is a plain form: it saves a draft, says what is wrong, and submits after the question', async ({ page }) => {
    const request = await freshRequest();
    await page.goto('/signin');
    await page.getByLabel('Konto').selectOption(DEMO.department);
    await page.getByLabel('Hasło').fill('tura-demo');
    await page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
    await expect(page).toHaveURL(/\/panel$/);

    await page.goto(`/panel/opiniowanie/${request.id}`);
    await page.getByRole('radio', { name: /Nie popieram/ }).check();
    await page.getByRole('button', { name: 'Zapisz wersję roboczą' }).click();
    await expect(status(page)).toHaveText(/^Zapisano o/);
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'draft', stance: 'objects', justification: '' }]);

    // The question opens without a script; the server refuses what the form would have.
    await page.getByRole('button', { name: 'Złóż opinię' }).click();
    await page.getByRole('dialog', { name: 'Złożyć opinię?' }).getByRole('button', { name: 'Tak, złóż opinię' }).click();
    await expect(errors(page)).toContainText('Uzasadnij stanowisko');
    await expect(page.getByRole('radio', { name: /Nie popieram/ })).toBeChecked();
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'draft' }]);

    await justification(page).fill('Bez skryptu też można.');
    await page.getByRole('button', { name: 'Złóż opinię' }).click();
    await page.getByRole('dialog', { name: 'Złożyć opinię?' }).getByRole('button', { name: 'Tak, złóż opinię' }).click();
    await expect(page).toHaveURL(/\?stan=zlozona$/);
    await expect(page.getByRole('heading', { name: 'Złożona opinia' })).toBeVisible();
    await expect(page.getByText('Bez skryptu też można.')).toBeVisible();
    expect(await opinionOf(request.id)).toMatchObject([{ state: 'submitted', justification: 'Bez skryptu też można.' }]);

    await page.getByRole('button', { name: 'Wycofaj opinię' }).click();
    await page.getByRole('dialog', { name: 'Wycofać opinię?' }).getByRole('button', { name: 'Tak, wycofaj opinię' }).click();
    await expect(page).toHaveURL(/\?stan=wycofana$/);
    await expect(justification(page)).toHaveValue('Bez skryptu też można.');
  });
});
