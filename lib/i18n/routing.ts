import { defineRouting } from 'next-intl/routing';

/**
 * Polish first and without a prefix (`/`), English at `/en`. No detection from the browser's
 * language: a public body's pages are Polish at their address, and English only when asked for.
 */
export const routing = defineRouting({
  locales: ['pl', 'en'],
  defaultLocale: 'pl',
  localePrefix: 'as-needed',
  localeDetection: false,
});

export type Locale = (typeof routing.locales)[number];
