import { createTranslator } from 'next-intl';
import { intlConfig } from '@/lib/i18n/request';
import type { Locale } from '@/lib/i18n/routing';
import { registerFigures, type RegisterRequest } from './register';
import { registerCsv } from './register-csv';
import { registerTables } from './register-tables';
import { registerXlsx } from './register-xlsx';

export const REGISTER_FORMATS = ['csv', 'xlsx'] as const;
export type RegisterFormat = (typeof REGISTER_FORMATS)[number];

const CONTENT_TYPES: Record<RegisterFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface RegisterFile {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
  fileName: string;
}

/** A round's register as a file to download, in the language it was asked for; `today` is `YYYY-MM-DD` in Warsaw. */
export async function registerFile(
  format: RegisterFormat,
  { round, requests, today, locale }: { round: { title: string; number: number }; requests: readonly RegisterRequest[]; today: string; locale: Locale },
): Promise<RegisterFile> {
  const t = createTranslator(await intlConfig(locale));
  const tables = registerTables(registerFigures(requests, today), t);
  const heading = t('Register.heading', { round: round.title, date: new Date(today) });
  const body =
    format === 'csv' ? new TextEncoder().encode(registerCsv(heading, tables, (date) => t('Dates.day', { date: new Date(date) }))) : await registerXlsx(heading, tables);
  return { body, contentType: CONTENT_TYPES[format], fileName: `${t('Register.fileName', { number: round.number })}.${format}` };
}
