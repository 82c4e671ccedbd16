import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo';
import { DEMO } from './auth';
import { errorSummary } from './forms';
import { serviceDb } from './stack';

/**
 * Forms whose script never ran (a slow network, a blocked script, a CSP mistake) must still post,
 * so that nothing typed ever reaches an address: not the address bar, not the history, not a
 * server's log. The sign-in forms, and the panel's forms, work without JavaScript at all.
 */
test.use({ javaScriptEnabled: false });

/** Every request the page makes, main documents and redirects included. */
function recordRequests(page: Page): { method: string; url: string }[] {
  const requests: { method: string; url: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  return requests;
}

/** No value, however a browser would encode it, in any address requested or shown. */
function expectInNoUrl(page: Page, requests: { url: string }[], values: string[]) {
  const forms = values.flatMap((value) => [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)]);
  const urls = [...requests.map((request) => request.url), page.url()];
  expect(urls.filter((url) => forms.some((form) => url.includes(form)))).toEqual([]);
}

const signInForm = (page: Page) => page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' });

test('the demo sign-in posts, refuses a wrong password, signs in and out, and no field reaches a URL', async ({ page }) => {
  const requests = recordRequests(page);
  await page.goto('/signin');
  await page.getByLabel('Konto').selectOption(DEMO.moderator);
  await page.getByLabel('Hasło').fill('zgadywanie');
  await signInForm(page).click();
  await expect(errorSummary(page)).toContainText('Nieprawidłowe konto lub hasło.');
  await expect(page.getByLabel('Konto')).toHaveValue(DEMO.moderator);
  await expect(page.getByLabel('Hasło')).toHaveValue('');

  await page.getByLabel('Konto').selectOption(DEMO.coordinator);
  await page.getByLabel('Hasło').fill(DEMO_PASSWORD);
  await signInForm(page).click();
  await expect(page).toHaveURL(/\/panel$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pulpit');

  await page.getByRole('button', { name: 'Wyloguj się' }).click();
  await expect(page.getByRole('link', { name: 'Zaloguj się' })).toBeVisible();

  expect(requests.filter((request) => request.method === 'POST').map((request) => new URL(request.url).pathname)).toEqual(['/signin', '/signin', '/panel']);
  expectInNoUrl(page, requests, ['zgadywanie', DEMO_PASSWORD, DEMO.moderator, DEMO.coordinator]);
});

test('the magic-link form posts, says what is wrong, sends to the check-your-e-mail page, and the address reaches no URL', async ({ page }) => {
  const requests = recordRequests(page);
  const email = `bez.skryptu.${Date.now()}@tura.test`;
  await page.goto('/signin');
  await page.getByLabel('Adres e-mail').fill('nie-adres');
  await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
  await expect(errorSummary(page)).toContainText('Wpisz poprawny adres e-mail');
  await expect(page.getByLabel('Adres e-mail')).toHaveValue('nie-adres');

  await page.getByLabel('Adres e-mail').fill(email);
  await page.getByRole('button', { name: 'Wyślij link do logowania' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sprawdź skrzynkę e-mail');

  expect(requests.filter((request) => request.method === 'POST')).toHaveLength(2);
  expectInNoUrl(page, requests, ['nie-adres', email]);
});

test("the panel's forms post with their hidden ids, say what is wrong, save, and ask before an irreversible change", async ({ page }) => {
  const requests = recordRequests(page);
  const title = `Program bez skryptu ${Date.now()}`;
  const teamName = `Zespół bez skryptu ${Date.now()}`;
  await page.goto('/signin');
  await page.getByLabel('Konto').selectOption(DEMO.coordinator);
  await page.getByLabel('Hasło').fill(DEMO_PASSWORD);
  await signInForm(page).click();
  await expect(page).toHaveURL(/\/panel$/);

  // Refused: the server's messages, and what was typed stays.
  await page.goto('/panel/programy/nowy');
  await page.getByLabel('Pierwszy rok').fill('2017');
  await page.getByLabel('Ostatni rok').fill('2015');
  await page.getByRole('button', { name: 'Utwórz program' }).click();
  await expect(errorSummary(page)).toContainText('Wypełnij to pole.');
  await expect(errorSummary(page)).toContainText('Ostatni rok nie może być wcześniejszy niż pierwszy.');
  await expect(page.getByLabel('Pierwszy rok')).toHaveValue('2017');

  await page.getByLabel('Tytuł programu').fill(title);
  await page.getByLabel('Ostatni rok').fill('2019');
  await page.getByRole('button', { name: 'Utwórz program' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano.' })).toBeVisible();
  const db = await serviceDb();
  const programme = (await db.from('programmes').select('id, year_from, year_to').eq('title', title).single()).data;
  expect(programme).toMatchObject({ year_from: 2017, year_to: 2019 });

  // The programme's id travels in a hidden field.
  await page.goto(`/panel/programy/${programme!.id}/zespoly`);
  await page.getByLabel('Nazwa zespołu').fill(teamName);
  await page.getByRole('button', { name: 'Dodaj zespół' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dodano zespół.' })).toBeVisible();
  const team = (await db.from('sector_teams').select('id').eq('programme_id', programme!.id).eq('name', teamName).single()).data;

  await page.goto(`/panel/zespoly/${team!.id}`);
  await page.getByRole('combobox', { name: /^Moderator/ }).selectOption({ label: 'Jan Mazur (jan.mazur@ngo.example)' });
  await page.getByRole('button', { name: 'Przypisz moderatora' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Przypisano moderatora.' })).toBeVisible();

  // The question opens without a script (commandfor), and only its confirm button submits: not Enter in a field.
  const posts = () => requests.filter((request) => request.method === 'POST').length;
  const before = posts();
  await page.getByLabel('Do dnia').press('Enter');
  await page.waitForLoadState();
  expect(posts()).toBe(before);
  await page.getByRole('button', { name: 'Zakończ funkcję moderatora' }).click();
  const question = page.getByRole('dialog', { name: 'Zakończyć funkcję moderatora: Jan Mazur?' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Anuluj' }).click();
  await expect(question).toBeHidden();
  expect((await db.from('team_moderators').select('ends_on').eq('team_id', team!.id).single()).data).toEqual({ ends_on: null });

  await page.getByRole('button', { name: 'Zakończ funkcję moderatora' }).click();
  await question.getByRole('button', { name: 'Tak, zakończ' }).click();
  await expect(page.getByText('brak moderatora')).toBeVisible();
  await expect(page.getByRole('row', { name: /Jan Mazur/ })).toContainText('rezygnacja');
  expect((await db.from('team_moderators').select('end_reason').eq('team_id', team!.id).single()).data).toEqual({ end_reason: 'resigned' });

  expectInNoUrl(page, requests, [title, teamName, DEMO_PASSWORD]);
});
