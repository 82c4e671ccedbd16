import { expect, test } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';

test.describe('the round summary\'s preview', () => {
  test('is generated from the 2011 round\'s data, in the order of the city\'s summary', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${SEEDED_ROUND}`);
    await page.getByRole('link', { name: 'Podsumowanie tury' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Podsumowanie: II tura spotkań branżowych');
    await expect(page.getByRole('article').getByRole('heading', { level: 2 })).toHaveText([
      'Przed publikacją',
      'Wprowadzenie',
      'Ustalenia spotkań koordynacyjnych',
      'Harmonogram spotkań',
      'Przebieg spotkań',
      'Opinie do założeń programu',
      'Dalsze rozmowy',
      'Następny krok',
    ]);
    const schedule = page.getByRole('table', { name: /Harmonogram spotkań \(stan na/ });
    await expect(schedule.getByRole('columnheader')).toHaveText(['Nazwa zespołu branżowego', 'Miejsce spotkania', 'Data i godzina spotkania']);
    // Other specs issue later versions of this round: the seeded meetings are among the rows.
    await expect(schedule.getByRole('row', { name: /w zakresie turystyki \/ .*sala nr 102 24\.10\.2011 r\. godz\. 14:00/ })).toHaveCount(1);
    await expect(schedule).toContainText('11.10.2011 r. godz. 14:00');
    await expectAccessible(page);
  });

  test('is the coordinator\'s only', async ({ page }) => {
    await signInAs(page, DEMO.department);
    await page.goto(`/panel/tury/${SEEDED_ROUND}/podsumowanie`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
  });
});
