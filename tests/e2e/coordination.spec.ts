import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';

test.describe('coordination meetings of a round', () => {
  test('the coordinator records one with its decisions, numbered in order, after a refused empty date', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}`);
    const section = page.getByRole('region', { name: 'Spotkania koordynacyjne' });
    await section.getByRole('link', { name: 'Dodaj spotkanie koordynacyjne' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Nowe spotkanie koordynacyjne');
    await expect(page.getByLabel(/Nazwa spotkania/)).toHaveValue('Spotkanie z moderatorami zespołów branżowych');
    await expectAccessible(page);

    const title = `Spotkanie z moderatorami ${Date.now()}`;
    await page.getByLabel(/Nazwa spotkania/).fill(title);
    await page.getByLabel(/Miejsce/).selectOption({ label: 'MOWIS' });
    await page.getByRole('textbox', { name: /Ustalenia/ }).fill('Wydział będzie przyjmował opinie na bieżąco.\n\nZaplanowano II turę spotkań branżowych.');
    await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    await expect(errorSummary(page)).toContainText('Wypełnij to pole.');
    await expect(page.getByRole('textbox', { name: /Ustalenia/ })).toHaveValue(/II turę/);

    await page.getByLabel(/Data spotkania/).fill('2011-09-29');
    await page.getByRole('button', { name: 'Zapisz spotkanie' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Zapisano spotkanie koordynacyjne.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const decisions = page.getByRole('region', { name: 'Ustalenia' }).getByRole('listitem');
    await expect(decisions).toHaveText(['Wydział będzie przyjmował opinie na bieżąco.', 'Zaplanowano II turę spotkań branżowych.']);
    await expectAccessible(page);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('textbox', { name: /Ustalenia/ }).fill('Jedyne ustalenie po poprawce.');
    await page.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await expect(decisions).toHaveText(['Jedyne ustalenie po poprawce.']);
    await page.screenshot({ path: test.info().outputPath('coordination-phone.png'), fullPage: true });

    await page.goto(`/panel/tury/${SEEDED_ROUND}`);
    await expect(page.getByRole('region', { name: 'Spotkania koordynacyjne' })).toContainText(`${title} — 29.09.2011 r., MOWIS (1 ustalenie)`);
  });

  test('department staff and moderators cannot open the form', async ({ page }) => {
    for (const account of [DEMO.department, DEMO.moderator]) {
      await signInAs(page, account);
      await page.goto(`/panel/tury/${SEEDED_ROUND}/spotkania-koordynacyjne/nowe`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
      await page.context().clearCookies();
    }
  });
});
