import ExcelJS from 'exceljs';
import type { RegisterTable } from './register-tables';

/** Excel's limit on a sheet's name, and the characters it refuses in one. */
const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);

/**
 * The register as a workbook: a sheet per table, the heading on top, then the columns and rows.
 * Text goes in as text cells, never as formulas, so a name such as "=HYPERLINK(…)" stays a name.
 * Days are real dates, shown as 24.10.2011.
 */
export async function registerXlsx(heading: string, tables: readonly RegisterTable[]): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tura';
  workbook.title = heading;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title));
    sheet.addRow([heading]).font = { bold: true };
    sheet.addRow(table.columns).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(row.map((cell) => (typeof cell === 'object' ? new Date(`${cell.date}T00:00:00Z`) : cell)));
      added.eachCell((cell) => {
        if (cell.value instanceof Date) cell.numFmt = 'dd.mm.yyyy';
      });
    }
    sheet.views = [{ state: 'frozen', ySplit: 2 }];
    sheet.columns.forEach((column, index) => (column.width = index === 0 ? 45 : 16));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
