import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD } from '@/lib/auth/demo';

export const DEMO = {
  coordinator: 'koordynator@tura.example',
  department: 'wydzial.sportu@tura.example',
  moderator: 'moderator@tura.example',
} as const;

/** Signs in with a demo account through the sign-in page, as a person would. */
export async function signInAs(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('Konto').selectOption(email);
  await page.getByLabel('Hasło').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Zaloguj się na konto demonstracyjne' }).click();
  await expect(page).toHaveURL(/\/panel$/);
}
