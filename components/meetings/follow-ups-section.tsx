import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import type { FollowUp } from '@/lib/db/follow-ups';
import { FollowUpStatusBadge } from './badges';
import { FollowUpForm } from './follow-up-form';

/**
 * The talks organisations from a held meeting were invited to, with where they stand; the
 * coordinators and the team's moderator add them here (the minutes' writers).
 */
export async function FollowUpsSection({ meetingId, followUps, departments }: { meetingId: string; followUps: FollowUp[]; departments: { id: string; name: string }[] }) {
  const t = await getTranslations('FollowUps');
  const format = await getFormatter();
  return (
    <Section id="follow-ups" title={t('heading')}>
      {followUps.length > 0 ? (
        <DataTable caption={t('caption', { count: followUps.length })} columns={[t('organisation'), t('department'), t('subject'), t('statusColumn')]}>
          {followUps.map((followUp) => (
            <tr key={followUp.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-medium">
                {followUp.organisation}
              </th>
              <td className="py-2 pr-4">{followUp.department.name}</td>
              <td className="py-2 pr-4 whitespace-pre-wrap">{followUp.subject}</td>
              <td className="py-2 pr-4">
                <FollowUpStatusBadge status={followUp.status} />
                {followUp.talks_on ? <span className="block text-sm">{format.dateTime(new Date(followUp.talks_on), 'numeric')}</span> : null}
                {followUp.note ? <span className="block text-sm text-slate-700">{followUp.note}</span> : null}
              </td>
            </tr>
          ))}
        </DataTable>
      ) : (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      )}
      <div className="mt-6">
        <h3 className="mb-3 text-lg font-semibold">{t('addHeading')}</h3>
        <FollowUpForm meetingId={meetingId} departments={departments} />
      </div>
    </Section>
  );
}
