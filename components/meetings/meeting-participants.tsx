import { getFormatter, getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import type { ConfirmedSignup } from '@/lib/db/signups';
import type { ScheduleMeeting } from '@/lib/schedule/types';

/**
 * The organisations signed up for a meeting and confirmed, with their contacts and needs. RLS shows
 * them to coordinators and the team's current moderator only; anyone else sees an empty list.
 */
export async function MeetingParticipants({ participants, meeting }: { participants: ConfirmedSignup[]; meeting: Pick<ScheduleMeeting, 'id' | 'isPublic'> }) {
  const [t, format] = await Promise.all([getTranslations('Signups'), getFormatter()]);
  return (
    <Section id="participants" title={t('participantsHeading')}>
      {participants.length > 0 ? (
        <>
          <p className="mb-2 font-semibold">{t('participantsCount', { count: participants.length })}</p>
          <DataTable
            caption={t('participantsCaption')}
            hiddenCaption
            columns={[t('participantOrganisation'), t('participantPerson'), t('participantEmail'), t('participantNeeds'), t('participantConfirmedAt')]}
          >
            {participants.map((participant) => (
              <tr key={participant.id} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-4 font-medium">
                  {participant.organisation}
                </th>
                <td className="py-2 pr-4">{participant.person_name}</td>
                <td className="py-2 pr-4 break-all">
                  <a href={`mailto:${participant.email}`} className={textLink}>
                    {participant.email}
                  </a>
                </td>
                <td className="py-2 pr-4 whitespace-pre-wrap">{participant.accessibility_needs || <span className="text-slate-600">{t('noNeeds')}</span>}</td>
                <td className="py-2 pr-4">{format.dateTime(new Date(participant.confirmed_at), 'numeric')}</td>
              </tr>
            ))}
          </DataTable>
          <p className="mt-3 text-sm text-slate-700">{t('participantsPrivacy')}</p>
        </>
      ) : (
        <EmptyState title={t('participantsEmptyTitle')}>{t(meeting.isPublic ? 'participantsEmptyText' : 'participantsClosedText')}</EmptyState>
      )}
    </Section>
  );
}
