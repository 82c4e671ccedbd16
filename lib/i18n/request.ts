import { hasLocale } from 'next-intl';
import { getRequestConfig } from 'next-intl/server';
import { routing } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    timeZone: 'Europe/Warsaw',
    messages: (await import(`../../messages/${locale}.json`)).default,
    formats: {
      dateTime: {
        // 24.10.2011 in Polish, as official documents write dates.
        numeric: { day: '2-digit', month: '2-digit', year: 'numeric' },
      },
    },
  };
});
