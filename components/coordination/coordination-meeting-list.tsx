import { useTranslations } from 'next-intl';
import { EmptyState } from '@/components/ui/empty-state';
import { textLink } from '@/components/ui/styles';
import type { CoordinationMeeting } from '@/lib/db/coordination';
import { Link } from '@/lib/i18n/navigation';

/** A round's coordination meetings, with their date, place and how many decisions each made. */
export function CoordinationMeetingList({ roundId, meetings }: { roundId: string; meetings: CoordinationMeeting[] }) {
  const t = useTranslations('Coordination');
  const tDates = useTranslations('Dates');
  return (
    <>
      {meetings.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <ul className="space-y-2">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link href={`/panel/spotkania-koordynacyjne/${meeting.id}`} className={textLink}>
                {meeting.title}
              </Link>
              {' — '}
              {t('summaryLine', { when: [tDates('day', { date: new Date(meeting.held_on) }), meeting.venue?.name].filter(Boolean).join(', '), decisions: meeting.decisions.length })}
            </li>
          ))}
        </ul>
      )}
      <Link href={`/panel/tury/${roundId}/spotkania-koordynacyjne/nowe`} className={`mt-4 inline-block ${textLink}`}>
        {t('add')}
      </Link>
    </>
  );
}
