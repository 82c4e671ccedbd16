import type { RegisterFigures, Tally, TallyOf } from './register';

/** A cell of the register: text, a count, or a day (`YYYY-MM-DD`), which each format writes its own way. */
export type Cell = string | number | { date: string };

/**
 * One table of the register, as the page, the CSV and the XLSX all show it: the same title,
 * columns and figures everywhere. The first column names the row.
 */
export interface RegisterTable {
  id: 'departments' | 'teams' | 'stances' | 'decisions' | 'unanswered';
  title: string;
  columns: string[];
  rows: Cell[][];
  /** The page draws a bar in this column's cells: the cell's count as a share of column `of`'s in the same row, or of the column's sum. */
  bar?: { column: number; of: number | 'sum' };
  /** A row whose count in this column is above zero is marked (overdue). */
  mark?: number;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

const tallyColumns = (t: Translate, first: string) => [first, t('Register.asked'), t('Register.answered'), t('Register.late'), t('Register.unanswered'), t('Register.overdue')];
const tallyCells = (tally: Tally): Cell[] => [tally.asked, tally.answered, tally.late, tally.unanswered, tally.overdue];
const tallyRows = (t: Translate, rows: TallyOf[], total: Tally): Cell[][] => [...rows.map((row) => [row.name, ...tallyCells(row)]), [t('Register.total'), ...tallyCells(total)]];

/** The register's tables, in the order the page shows them; `t` translates from the messages' root. */
export function registerTables(figures: RegisterFigures, t: Translate): RegisterTable[] {
  return [
    {
      id: 'departments',
      title: t('Register.byDepartment'),
      columns: tallyColumns(t, t('Register.department')),
      rows: tallyRows(t, figures.byDepartment, figures.total),
      bar: { column: 2, of: 1 },
    },
    {
      id: 'teams',
      title: t('Register.byTeam'),
      columns: tallyColumns(t, t('Register.team')),
      rows: tallyRows(t, figures.byTeam, figures.total),
      bar: { column: 2, of: 1 },
    },
    {
      id: 'stances',
      title: t('Register.byStance'),
      columns: [t('Register.stance'), t('Register.opinions')],
      rows: figures.byStance.map(({ stance, count }) => [t(`Decisions.stances.${stance}`), count]),
      bar: { column: 1, of: 'sum' },
    },
    {
      id: 'decisions',
      title: t('Register.byDecision'),
      columns: [t('Register.decision'), t('Register.opinions')],
      rows: figures.byDecision.map(({ state, count }) => [t(`Decisions.states.${state}`), count]),
      bar: { column: 1, of: 'sum' },
    },
    {
      id: 'unanswered',
      title: t('Register.notAnswered'),
      columns: [t('Register.department'), t('Register.openRequests'), t('Register.overdue'), t('Register.nearestDeadline')],
      rows: figures.unanswered.map((row) => [row.name, row.open, row.overdue, { date: row.nearestDeadline }]),
      mark: 2,
    },
  ];
}
