'use client';

import { useTranslations } from 'next-intl';
import type { DraftMessages } from './draft-status';

/** A refusal in words: the draft's own messages (`<namespace>.errors`) first, then the app's (`Errors`: signed out, forbidden, unexpected). */
export function useDraftMessage(messages: DraftMessages) {
  const t = useTranslations(messages);
  const tErrors = useTranslations('Errors');
  return (key: string | null | undefined): string => {
    if (key && t.has(`errors.${key}`)) return t(`errors.${key}`);
    if (key && tErrors.has(key)) return tErrors(key);
    return t('errors.invalid');
  };
}
