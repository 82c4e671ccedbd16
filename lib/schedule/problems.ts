import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import pl from '@/messages/pl.json';
import { excerpt } from './excerpt';
import type { RowProblem } from './types';

type ScheduleTranslator = (key: string, values: Record<string, string | number>) => string;
let translate: ScheduleTranslator | undefined;

/** A Polish text of the message catalogue's ScheduleImport namespace. */
export function scheduleText(key: string, values: Record<string, string | number>): string {
  translate ??= createTranslator({ locale: 'pl', messages: pl as AbstractIntlMessages, namespace: 'ScheduleImport' }) as unknown as ScheduleTranslator;
  return translate(key, values);
}

/**
 * A problem of one pasted row, with its Polish text from the message catalogue
 * (ScheduleImport.problems). Typed loosely on purpose: every code gets the same values
 * ({row}, {value}) whether its message uses them or not. A long value is cut: the preview shows
 * the row's text in full.
 */
export function scheduleProblem(row: number, code: string, value: string | number = ''): RowProblem {
  return { row, code, message: scheduleText(`problems.${code}`, { row, value: typeof value === 'string' ? excerpt(value) : value }) };
}
