import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.1 AA, which Polish public bodies are bound by. */
export async function expectAccessible(page: Page) {
  // Check the page at rest, not half-way through a client-side navigation.
  await page.waitForLoadState('networkidle');
  // And with no pointer over it: the last click's position may lie over a link on the new page,
  // whose hover style (no underline) would read as a link told apart by colour alone.
  await page.mouse.move(0, 0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
