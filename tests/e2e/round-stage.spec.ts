import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { serviceDb } from './stack';

/** A programme of its own with one round in planning: no teams, no departments taking part, so no one to e-mail. */
async function freshRound(): Promise<{ id: string; title: string }> {
  const db = await serviceDb();
  const tag = `${Date.now()}-${Math.round(Math.random() * 1e6)}`;
  const { data: programme } = await db.from('programmes').insert({ title: `Program etapów ${tag}`, year_from: 2030, year_to: 2032 }).select('id').single();
  const title = `Tura etapów ${tag}`;
  const { data: round } = await db.from('rounds').insert({ programme_id: programme!.id, number: 1, title, is_public: false }).select('id').single();
  return { id: round!.id, title };
}

const statusOf = async (roundId: string) => (await (await serviceDb()).from('rounds').select('status').eq('id', roundId).single()).data!.status as string;
const stage = (page: Page) => page.getByRole('region', { name: 'Etap tury' });

test('a coordinator moves a round through its stages, asked first before each one-way move', async ({ page }) => {
  const round = await freshRound();
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${round.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(round.title);
  // Publishing is only the summary's to do: never offered here.
  await expect(stage(page).getByRole('button')).toHaveText(['Przejdź do konsultacji']);
  await expectAccessible(page);

  // Planning → consultation has no way back: asked first; cancelling changes nothing.
  await stage(page).getByRole('button', { name: 'Przejdź do konsultacji' }).click();
  const question = page.getByRole('dialog', { name: 'Zmienić etap tury na „Trwają konsultacje”?' });
  await expect(question).toContainText('Tura nie wróci już do przygotowania.');
  await expectAccessible(page);
  await question.getByRole('button', { name: 'Anuluj' }).click();
  await expect(question).toBeHidden();
  expect(await statusOf(round.id)).toBe('planning');
  await stage(page).getByRole('button', { name: 'Przejdź do konsultacji' }).click();
  await question.getByRole('button', { name: 'Tak, zmień etap' }).click();
  await expect(page.getByText('Trwają konsultacje', { exact: true })).toBeVisible();
  expect(await statusOf(round.id)).toBe('consultation');

  // Consultation ⇄ summarising can be undone: no question.
  await expect(stage(page).getByRole('button')).toHaveText(['Przejdź do podsumowania']);
  await stage(page).getByRole('button', { name: 'Przejdź do podsumowania' }).click();
  await expect(stage(page).getByRole('button')).toHaveText(['Przejdź do konsultacji', 'Zakończ turę']);
  expect(await statusOf(round.id)).toBe('summarising');

  // Closing is asked first and says what it means.
  await stage(page).getByRole('button', { name: 'Zakończ turę' }).click();
  const closing = page.getByRole('dialog', { name: 'Zmienić etap tury na „Zakończona”?' });
  await expect(closing).toContainText('Zakończonej tury nie można wznowić');
  await closing.getByRole('button', { name: 'Tak, zmień etap' }).click();
  await expect(stage(page)).toContainText('Tura jest zakończona. Jej etapu nie można już zmienić.');
  await expect(stage(page).getByRole('button')).toHaveCount(0);
  expect(await statusOf(round.id)).toBe('closed');
  await expectAccessible(page);
});

test('a move from a page that is out of date is refused in words and changes nothing', async ({ page: first, context }) => {
  const round = await freshRound();
  await signInAs(first, DEMO.coordinator);
  const second = await context.newPage();
  await first.goto(`/panel/tury/${round.id}`);
  await second.goto(`/panel/tury/${round.id}`);

  await stage(first).getByRole('button', { name: 'Przejdź do konsultacji' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Tak, zmień etap' }).click();
  await stage(first).getByRole('button', { name: 'Przejdź do podsumowania' }).click();
  await stage(first).getByRole('button', { name: 'Zakończ turę' }).click();
  await first.getByRole('dialog').getByRole('button', { name: 'Tak, zmień etap' }).click();
  await expect(stage(first).getByRole('button')).toHaveCount(0);

  // The second page still shows the round in planning.
  await stage(second).getByRole('button', { name: 'Przejdź do konsultacji' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Tak, zmień etap' }).click();
  await expect(stage(second).getByRole('alert')).toHaveText(
    'Tury nie można przenieść do tego etapu z obecnego. Odśwież stronę: ktoś mógł już zmienić jej etap.',
  );
  expect(await statusOf(round.id)).toBe('closed');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the question opens, and confirming posts to the action and moves the round', async ({ page }) => {
    const round = await freshRound();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round.id}`);
    await stage(page).getByRole('button', { name: 'Przejdź do konsultacji' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tak, zmień etap' }).click();
    await expect(stage(page).getByRole('button')).toHaveText(['Przejdź do podsumowania']);
    expect(await statusOf(round.id)).toBe('consultation');
  });
});

test('the schedule page warns before a version would be issued to nobody, and points to the participants', async ({ page }) => {
  const round = await freshRound();
  await signInAs(page, DEMO.coordinator);
  await page.goto(`/panel/tury/${round.id}/harmonogram`);
  const warning = page.getByRole('note', { name: 'Tej wersji nikt nie dostanie e-mailem' });
  await expect(warning).toContainText('Możesz wydać wersję, ale nikt nie zostanie o niej powiadomiony.');
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'test-results/round-stage-no-recipients-phone.png', fullPage: true });
  await warning.getByRole('link', { name: 'Wskaż uczestniczące wydziały i jednostki' }).click();
  await expect(page.getByRole('heading', { name: 'Uczestniczące wydziały i jednostki' })).toBeVisible();

  // The seeded round has moderators and departments: no warning.
  await page.goto('/panel/tury/40000000-0000-4000-8000-000000000002/harmonogram');
  await expect(page.getByRole('heading', { name: 'Wydanie wersji harmonogramu' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
});

test('a new round starts with the departments of the programme’s previous round taking part', async ({ page }) => {
  const db = await serviceDb();
  const stamp = Date.now();
  const { data: programme } = await db.from('programmes').insert({ title: `Program wydziałów ${stamp}`, year_from: 2033, year_to: 2035 }).select('id').single();
  await signInAs(page, DEMO.coordinator);

  const create = async (number: string, title: string) => {
    await page.goto(`/panel/programy/${programme!.id}/tury/nowa`);
    await expect(page.getByText('z uczestniczącymi wydziałami i jednostkami z poprzedniej tury programu')).toBeVisible();
    await page.getByLabel('Numer tury').fill(number);
    await page.getByLabel('Nazwa tury').fill(title);
    await page.getByRole('button', { name: 'Utwórz turę' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Utworzono turę.' })).toBeVisible();
    await page.getByRole('link', { name: title }).click();
    return page.getByRole('group', { name: /Uczestniczące wydziały i jednostki/ });
  };

  // The first round: every department but the coordinating one.
  const first = await create('1', `I tura ${stamp}`);
  await expect(first.getByRole('checkbox', { name: 'Wydział Sportu', exact: true })).toBeChecked();
  await expect(first.getByRole('checkbox', { checked: false })).toHaveCount(0);
  await first.getByRole('checkbox', { name: 'Wydział Sportu', exact: true }).uncheck();
  await page.getByRole('button', { name: 'Zapisz uczestników' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();

  // The second: as the first was left.
  const second = await create('2', `II tura ${stamp}`);
  await expect(second.getByRole('checkbox', { name: 'Wydział Sportu', exact: true })).not.toBeChecked();
  await expect(second.getByRole('checkbox', { checked: false })).toHaveCount(1);
});
