import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import type { RequestRow } from '@/lib/db/opinions';
import { Link } from '@/lib/i18n/navigation';
import { Deadline, OpinionProgressBadge } from './opinion-status';

/** One round's requests to the department: the assumption (a link to its opinion), the deadline, where the answer stands. */
export function DepartmentRequestTable({ caption, requests, today }: { caption: string; requests: RequestRow[]; today: string }) {
  const t = useTranslations('Opinions');
  return (
    <DataTable caption={caption} columns={[t('columns.assumption'), t('columns.deadline'), t('columns.progress')]}>
      {requests.map((request) => (
        <tr key={request.id} className="border-b border-slate-200 align-top">
          <th scope="row" className="py-3 pr-4 font-normal">
            <Link href={`/panel/opiniowanie/${request.id}`} className={`font-medium ${textLink}`}>
              {t('assumptionLabel', { kind: request.assumption.kind, number: request.assumption.number, title: request.revision.title })}
            </Link>
            <span className="block text-sm text-slate-700">{request.assumption.team.name}</span>
          </th>
          <td className="py-3 pr-4">
            <Deadline deadline={request.deadline} today={today} answered={request.opinion?.state === 'submitted'} />
          </td>
          <td className="py-3 pr-4">
            <OpinionProgressBadge opinion={request.opinion} />
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
