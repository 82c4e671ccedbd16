'use client';

import { useTranslations } from 'next-intl';

/** A refusal in words: the opinion's own messages (`Opinions.errors`) first, then the app's (`Errors`: signed out, forbidden, unexpected). */
export function useOpinionMessage() {
  const t = useTranslations('Opinions');
  const tErrors = useTranslations('Errors');
  return (key: string | null | undefined): string => {
    if (key && t.has(`errors.${key}`)) return t(`errors.${key}`);
    if (key && tErrors.has(key)) return tErrors(key);
    return t('errors.invalid');
  };
}
