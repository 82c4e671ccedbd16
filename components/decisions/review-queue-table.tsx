import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import type { QueueRow } from '@/lib/db/decisions';
import { Link } from '@/lib/i18n/navigation';
import { DecisionStateBadge, LateBadge, StanceBadge } from './badges';

/** One page of the review queue, oldest first; each assumption links to its opinion's decision page. */
export function ReviewQueueTable({ rows, caption }: { rows: QueueRow[]; caption: string }) {
  const t = useTranslations('Decisions');
  const tDates = useTranslations('Dates');
  return (
    <DataTable caption={caption} columns={[t('submitted'), t('department'), t('assumption'), t('stance'), t('state')]}>
      {rows.map((row) => (
        <tr key={row.id} className="border-b border-slate-200 align-top">
          <td className="py-2 pr-4 whitespace-nowrap">
            {tDates('day', { date: new Date(row.submitted_at) })}
            {row.late ? (
              <div className="mt-1">
                <LateBadge label={t('late')} />
              </div>
            ) : null}
          </td>
          <td className="py-2 pr-4">{row.department.name}</td>
          <td className="py-2 pr-4">
            <Link href={`/panel/decyzje/${row.id}`} className={textLink}>
              {t('assumptionLabel', { kind: t(`kinds.${row.assumption.kind}`), number: row.assumption.number, title: row.revision.title })}
              <span className="sr-only"> – {t('opinionOf', { department: row.department.name })}</span>
            </Link>
            <div className="text-sm text-slate-700">{row.assumption.team.name}</div>
          </td>
          <td className="py-2 pr-4">
            <StanceBadge stance={row.stance} />
          </td>
          <td className="py-2 pr-4">
            <DecisionStateBadge state={row.outcome ?? 'awaiting'} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
