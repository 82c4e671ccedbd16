import { createTranslator, type AbstractIntlMessages } from 'next-intl';
import pl from '@/messages/pl.json';
import type { RowProblem } from './types';

type ProblemTranslator = (key: string, values: Record<string, string | number>) => string;
let translate: ProblemTranslator | undefined;

/**
 * A problem of one pasted row, with its Polish text from the message catalogue
 * (ScheduleImport.problems). Typed loosely on purpose: every code gets the same values
 * ({row}, {value}) whether its message uses them or not.
 */
export function scheduleProblem(row: number, code: string, value: string | number = ''): RowProblem {
  translate ??= createTranslator({ locale: 'pl', messages: pl as AbstractIntlMessages, namespace: 'ScheduleImport.problems' }) as unknown as ProblemTranslator;
  return { row, code, message: translate(code, { row, value }) };
}
