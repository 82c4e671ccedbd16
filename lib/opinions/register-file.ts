import { createHash } from 'node:crypto';
import { createTranslator } from 'next-intl';
import { intlConfig } from '@/lib/i18n/request';
import type { Locale } from '@/lib/i18n/routing';
import type { RegisterFigures } from './register';
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

/**
 * Files made lately, by what they are made of: the register's page shows each file's size, and
 * making a workbook of a large round takes tens of milliseconds, so an unchanged register is made
 * once, not at every view. What a file holds is the whole key, so nothing here is ever stale.
 */
const made = new Map<string, Promise<RegisterFile>>();
const MADE_KEPT = 20;

/** A round's register (its figures as of `today`, `YYYY-MM-DD` in Warsaw) as a file to download, in the language it was asked for. */
export function registerFile(
  format: RegisterFormat,
  { round, figures, today, locale }: { round: { title: string; number: number }; figures: RegisterFigures; today: string; locale: Locale },
): Promise<RegisterFile> {
  const key = createHash('sha256').update(JSON.stringify([format, round.title, round.number, today, locale, figures])).digest('base64');
  let file = made.get(key);
  if (!file) {
    file = (async () => {
      const t = createTranslator(await intlConfig(locale));
      const tables = registerTables(figures, t);
      const heading = t('Register.heading', { round: round.title, date: new Date(today) });
      const body =
        format === 'csv' ? new TextEncoder().encode(registerCsv(heading, tables, (date) => t('Dates.day', { date: new Date(date) }))) : await registerXlsx(heading, tables);
      return { body, contentType: CONTENT_TYPES[format], fileName: `${t('Register.fileName', { number: round.number })}.${format}` };
    })();
    file.catch(() => made.delete(key));
    made.set(key, file);
    if (made.size > MADE_KEPT) made.delete(made.keys().next().value!);
  }
  return file;
}
