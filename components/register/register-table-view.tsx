import { useTranslations } from 'next-intl';
import { LateBadge } from '@/components/decisions/badges';
import type { Cell, RegisterTable } from '@/lib/opinions/register-tables';

/**
 * One table of the register with its chart inside: in the column the table names, each count has a
 * bar of its share beside it, and the figure printed. The bar only repeats the figure, so it is
 * hidden from screen readers, and it needs no script.
 */
/** `empty` is said instead of a table without rows. */
export function RegisterTableView({ table, empty }: { table: RegisterTable; empty: string }) {
  const t = useTranslations('Register');
  const tDates = useTranslations('Dates');
  const sum = table.bar ? table.rows.reduce((total, row) => total + Number(row[table.bar!.column]), 0) : 0;
  const text = (cell: Cell) => (typeof cell === 'object' ? tDates('day', { date: new Date(cell.date) }) : cell);
  const share = (row: Cell[]) => {
    if (!table.bar) return null;
    const whole = table.bar.of === 'sum' ? sum : Number(row[table.bar.of]);
    return whole > 0 ? Number(row[table.bar.column]) / whole : 0;
  };

  if (table.rows.length === 0) {
    return (
      <div>
        <h2 className="mb-2 text-lg font-semibold">{table.title}</h2>
        <p className="text-slate-700">{empty}</p>
      </div>
    );
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{table.title}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300">
            {table.columns.map((column, index) => (
              <th key={index} scope="col" className={`py-2 pr-4 ${index > 0 ? 'text-right' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => {
            const marked = table.mark !== undefined && Number(row[table.mark]) > 0;
            return (
              <tr key={rowIndex} className="border-b border-slate-200">
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" className="py-2 pr-4 font-normal">
                      {cell as string}
                      {marked ? (
                        <span className="ml-2">
                          <LateBadge label={t('overdueMark')} />
                        </span>
                      ) : null}
                    </th>
                  ) : (
                    <td key={index} className="py-2 pr-4 text-right tabular-nums whitespace-nowrap">
                      {index === table.bar?.column ? <Bar share={share(row)!} /> : null}
                      {text(cell)}
                    </td>
                  ),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Bar({ share }: { share: number }) {
  return (
    <span aria-hidden="true" className="mr-2 inline-block h-3 w-24 rounded-sm bg-slate-100 align-middle ring-1 ring-slate-300 sm:w-40">
      <span className="block h-full rounded-sm bg-brand-800" style={{ width: `${Math.round(share * 100)}%` }} />
    </span>
  );
}
