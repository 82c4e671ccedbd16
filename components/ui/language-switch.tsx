'use client';

import { useLocale } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

/** A link to the same page in the other language, named in that language (and marked as such for screen readers). */
export function LanguageSwitch({ label }: { label: string }) {
  const pathname = usePathname();
  const current = useLocale();
  const other = routing.locales.find((locale) => locale !== current) ?? routing.defaultLocale;
  return (
    <Link href={pathname} locale={other} hrefLang={other} lang={other} className="underline hover:no-underline">
      {label}
    </Link>
  );
}
