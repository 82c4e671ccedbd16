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
  // On a narrow screen the table scrolls sideways: the keyboard can scroll it too.
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={table.title}>
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

/** An SVG bar: its length is an attribute, not an inline style, which the content security policy would refuse. */
function Bar({ share }: { share: number }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 100 10" preserveAspectRatio="none" className="mr-2 inline-block h-3 w-24 align-middle text-brand-800 sm:w-40">
      <rect width="100" height="10" rx="1" className="fill-slate-100 stroke-slate-300" strokeWidth="0.5" vectorEffect="non-scaling-stroke" />
      <rect width={Math.round(share * 100)} height="10" rx="1" fill="currentColor" />
    </svg>
  );
}
