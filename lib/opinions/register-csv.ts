import type { Cell, RegisterTable } from './register-tables';

/**
 * Separated by semicolons: Excel opens a .csv with the system's list separator, which with Polish
 * regional settings is ";" (the comma is the decimal separator there). A "sep=;" first line would
 * force it everywhere, but Excel then ignores the byte order mark and garbles Polish letters.
 */
export const CSV_SEPARATOR = ';';
/** The UTF-8 byte order mark: without it Excel reads the file in the system's code page (cp1250). */
const BOM = '\uFEFF';

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @; a tab or carriage return before
 * them) is kept as text by a leading apostrophe, as OWASP's "CSV injection" guidance advises.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(cell: Cell, formatDate: (date: string) => string): string {
  if (typeof cell === 'number') return String(cell);
  const text = typeof cell === 'string' ? cell : formatDate(cell.date);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

/** The register as one CSV file: a heading line, then each table under its title, a blank line between. */
export function registerCsv(heading: string, tables: readonly RegisterTable[], formatDate: (date: string) => string): string {
  const line = (cells: readonly Cell[]) => cells.map((cell) => csvCell(cell, formatDate)).join(CSV_SEPARATOR);
  const blocks = [[line([heading])], ...tables.map((table) => [line([table.title]), line(table.columns), ...table.rows.map(line)])];
  return BOM + blocks.map((block) => block.join('\r\n')).join('\r\n\r\n') + '\r\n';
}
