import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import type { RoundStatus } from '@/lib/workflow/round-status';
import { RoundDates } from './round-dates';
import { RoundStatusBadge } from './round-status-badge';
import { textLink } from '@/components/ui/styles';
import { DataTable } from '@/components/ui/data-table';

export interface ListedRound {
  id: string;
  title: string;
  status: RoundStatus;
  starts_on: string | null;
  ends_on: string | null;
  is_public: boolean;
  programme?: { title: string };
}

/** Rounds as a table: each links to its editing page when `editable`, else to its issued schedule. */
export function RoundTable({ rounds, caption, editable = false }: { rounds: ListedRound[]; caption: string; editable?: boolean }) {
  const t = useTranslations('Rounds');
  return (
    <DataTable caption={caption} columns={[t('title'), t('status'), t('dates'), t('visibility')]}>
      {rounds.map((round) => (
        <tr key={round.id} className="border-b border-slate-200 align-top">
          <th scope="row" className="py-2 pr-4 font-normal">
            <Link href={editable ? `/panel/tury/${round.id}` : `/panel/harmonogram/${round.id}`} className={textLink}>
              {round.title}
            </Link>
            {round.programme ? <span className="block text-sm text-slate-700">{round.programme.title}</span> : null}
          </th>
          <td className="py-2 pr-4">
            <RoundStatusBadge status={round.status} />
          </td>
          <td className="py-2 pr-4">
            <RoundDates startsOn={round.starts_on} endsOn={round.ends_on} />
          </td>
          <td className="py-2 pr-4">{round.is_public ? t('public') : t('internal')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
