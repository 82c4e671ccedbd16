import { defineRouting } from 'next-intl/routing';

/**
 * Polish first and without a prefix (`/`), English at `/en`. No detection from the browser's
 * language: a public body's pages are Polish at their address, and English only when asked for.
 * The English is British (`en-GB`), so dates read day first and hours run to 24 (10/11/2011, 14:00),
 * as in Europe; its address stays `/en`.
 */
export const routing = defineRouting({
  locales: ['pl', 'en-GB'],
  defaultLocale: 'pl',
  localePrefix: { mode: 'as-needed', prefixes: { 'en-GB': '/en' } },
  localeDetection: false,
  // Nothing reads it (no detection), and a cookie set on every page would make public pages differ per reader.
  localeCookie: false,
});

export type Locale = (typeof routing.locales)[number];
