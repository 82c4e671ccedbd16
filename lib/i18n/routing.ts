import { defineRouting } from 'next-intl/routing';

/** Polish first and without a prefix (`/`), English at `/en`. */
export const routing = defineRouting({
  locales: ['pl', 'en'],
  defaultLocale: 'pl',
  localePrefix: 'as-needed',
});

export type Locale = (typeof routing.locales)[number];
