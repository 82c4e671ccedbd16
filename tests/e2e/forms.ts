import type { Page } from '@playwright/test';

/** A form's error summary (Next.js's route announcer is an alert too, so find it by its name). */
export const errorSummary = (page: Page) => page.getByRole('alert', { name: /Formularz zawiera błędy/ });
