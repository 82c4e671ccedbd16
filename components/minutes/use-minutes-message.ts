'use client';

import { useTranslations } from 'next-intl';

/** A refusal in words: the minutes' own messages (`Minutes.errors`) first, then the app's (`Errors`: signed out, forbidden, unexpected). */
export function useMinutesMessage() {
  const t = useTranslations('Minutes');
  const tErrors = useTranslations('Errors');
  return (key: string | null | undefined): string => {
    if (key && t.has(`errors.${key}`)) return t(`errors.${key}`);
    if (key && tErrors.has(key)) return tErrors(key);
    return t('errors.invalid');
  };
}
