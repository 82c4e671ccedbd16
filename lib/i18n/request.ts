import { hasLocale, type Formats } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing, type Locale } from './routing';

/** The file of each language's messages: British English is written in messages/en.json. */
const MESSAGE_FILES = { pl: 'pl', 'en-GB': 'en' } as const satisfies Record<Locale, string>;

/** The messages, time zone and formats of a language: the pages' and everything else that writes for people (files to download). */
export async function intlConfig(locale: Locale) {
  return {
    locale,
    timeZone: 'Europe/Warsaw',
    messages: (await import(`../../messages/${MESSAGE_FILES[locale]}.json`)).default,
    formats: {
      dateTime: {
        // 24.10.2011 in Polish, as official documents write dates.
        numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
      },
    } satisfies Formats,
  };
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  return intlConfig(hasLocale(routing.locales, requested) ? requested : routing.defaultLocale);
});
