import { createTranslator } from 'next-intl';
import pl from '@/messages/pl.json';
import type { SummaryTranslator } from './types';

/** The summary is the city's document and is written in Polish, whatever language its reader browses in. */
export const summaryTranslator = (): SummaryTranslator => {
  const t = createTranslator({ locale: 'pl', messages: pl, namespace: 'SummaryDocument' });
  return (key, values) => (t as unknown as SummaryTranslator)(key, values);
};
