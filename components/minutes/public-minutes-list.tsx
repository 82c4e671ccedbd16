import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { listApprovedMinutes } from '@/lib/db/minutes';
import { Link } from '@/lib/i18n/navigation';
import { meetingLabel } from '@/lib/schedule/labels';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { createAnonClient } from '@/lib/supabase/server';

/**
 * The round's public page: the meetings whose minutes are approved, each linking to its minutes.
 * The anon client reads approved minutes of open meetings only (RLS): never drafts.
 */
export async function PublicMinutesList({ roundId, meetings }: { roundId: string; meetings: ScheduleMeeting[] }) {
  const approved = await listApprovedMinutes(createAnonClient(), roundId);
  const t = await getTranslations('PublicMinutes');
  const format = await getFormatter();
  const shown = meetings.filter((meeting) => approved.some((minutes) => minutes.meeting_id === meeting.id));
  return (
    <Section id="minutes" title={t('listHeading')}>
      {shown.length === 0 ? (
        <EmptyState title={t('listEmptyTitle')}>{t('listEmptyText')}</EmptyState>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {shown.map((meeting) => (
            <li key={meeting.id}>
              <Link href={`/tury/${roundId}/protokoly/${meeting.id}`} className={textLink}>
                {t('listItem', { meeting: meetingLabel(meeting), date: format.dateTime(new Date(meeting.startsAt), 'numeric') })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
