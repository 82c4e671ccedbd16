import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';

test.describe('public home page', () => {
  test('lists the public rounds in Polish, without logging in', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle('Konsultacje z organizacjami pozarządowymi – Tura');
    await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konsultacje programu współpracy z organizacjami pozarządowymi');

    const round = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'II tura spotkań branżowych', exact: true }) });
    await expect(round).toContainText('Wieloletni Program Współpracy Gminy Miejskiej Kraków z organizacjami pozarządowymi na lata 2012–2014');
    await expect(round).toContainText('Trwają konsultacje');
    await expect(round).toContainText('11.10.2011 r. – 30.11.2011 r.');
    // Other tests may publish rounds too: the count names as many rounds as the list shows, in Polish plural.
    const shown = await page.getByRole('list', { name: 'Tury konsultacji' }).getByRole('listitem').count();
    const polishPlural = shown === 1 ? 'tura' : [2, 3, 4].includes(shown % 10) && ![12, 13, 14].includes(shown % 100) ? 'tury' : 'tur';
    await expect(page.locator('#rounds-count')).toHaveText(`${shown} ${polishPlural}`);
    await expectAccessible(page);
  });

  test('is available in English', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Consultations on the programme of cooperation with NGOs');
    const round = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'II tura spotkań branżowych', exact: true }) });
    await expect(round.getByText('Consultation under way')).toBeVisible();
    await expectAccessible(page);
  });

  test('starts with a skip link that moves the keyboard to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Przejdź do treści' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('links the accessibility statement from the footer', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Deklaracja dostępności' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deklaracja dostępności');
    await expect(page.getByRole('heading', { name: 'Procedura wnioskowo-skargowa' })).toBeVisible();
    await expectAccessible(page);
  });
});
