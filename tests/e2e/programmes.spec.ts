import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';

test('a coordinator creates a programme and a round, and sees what was wrong when it was', async ({ page }) => {
  const title = `Program współpracy na lata 2015–2017 (${Date.now()})`;
  await signInAs(page, DEMO.coordinator);
  await page.getByRole('navigation', { name: 'Menu panelu' }).getByRole('link', { name: 'Programy i tury' }).click();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Nowy program' }).click();

  // Invalid input: nothing is saved, every problem is said.
  await page.getByLabel('Pierwszy rok').fill('2017');
  await page.getByLabel('Ostatni rok').fill('2015');
  await page.getByRole('button', { name: 'Utwórz program' }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Wypełnij to pole.');
  await expect(summary).toContainText('Ostatni rok nie może być wcześniejszy niż pierwszy.');
  await expectAccessible(page);
  await summary.getByRole('link', { name: 'Wypełnij to pole.' }).click();
  await expect(page.getByLabel('Tytuł programu')).toBeFocused();

  await page.getByLabel('Tytuł programu').fill(title);
  await page.getByLabel('Ostatni rok').fill('2017');
  await page.getByLabel('Pierwszy rok').fill('2015');
  await page.getByRole('button', { name: 'Utwórz program' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByRole('status').filter({ hasText: 'Utworzono program.' })).toBeVisible();
  await expect(page.getByText('Ten program nie ma jeszcze tur')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Dodaj turę' }).click();
  await expect(page.getByLabel('Numer tury')).toHaveValue('1');
  await page.getByLabel('Nazwa tury').fill('I tura spotkań branżowych');
  await page.getByLabel('Pierwszy dzień').fill('2014-10-01');
  await page.getByLabel('Ostatni dzień').fill('2014-10-31');
  await page.getByLabel('Pokaż turę publicznie').check();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Utwórz turę' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Utworzono turę.' })).toBeVisible();
  const row = page.getByRole('row', { name: /I tura spotkań branżowych/ });
  await expect(row).toContainText('W przygotowaniu');
  await expect(row).toContainText('01.10.2014 r. – 31.10.2014 r.');

  // The same number again: the database refuses, and the message lands on the field.
  await page.getByRole('link', { name: 'Dodaj turę' }).click();
  await page.getByLabel('Numer tury').fill('1');
  await page.getByLabel('Nazwa tury').fill('Druga pierwsza tura');
  await page.getByRole('button', { name: 'Utwórz turę' }).click();
  await expect(page.getByText('Ten program ma już turę o tym numerze. Wybierz inny numer.').first()).toBeVisible();
  await expect(page.getByLabel('Numer tury')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Nazwa tury')).toHaveValue('Druga pierwsza tura');

  // Editing the round, and the public page shows it.
  await page.goBack();
  await page.getByRole('link', { name: 'I tura spotkań branżowych' }).click();
  await page.getByLabel('Nazwa tury').fill('I tura spotkań otwartych');
  await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Zapisano zmiany.' })).toBeVisible();
  await expectAccessible(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'I tura spotkań otwartych' })).toBeVisible();
});
