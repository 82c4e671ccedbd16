import { useTranslations } from 'next-intl';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { MeetingTime } from './meeting-time';

/** A meeting's date and place, as two rows of the page's <dl>. */
export function MeetingFacts({ meeting }: { meeting: ScheduleMeeting }) {
  const t = useTranslations('Schedule');
  return (
    <>
      <dt className="font-semibold">{t('dateTime')}</dt>
      <dd>
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
      </dd>
      <dt className="font-semibold">{t('place')}</dt>
      <dd>{[meeting.venueName, meeting.roomName, meeting.venueAddress].filter(Boolean).join(', ')}</dd>
    </>
  );
}
