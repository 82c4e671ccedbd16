import { useTranslations } from 'next-intl';
import type { ScheduleChange } from '@/lib/schedule/diff';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { MeetingTime } from './meeting-time';
import { meetingLabel } from '@/lib/schedule/labels';

function Where({ meeting }: { meeting: ScheduleMeeting }) {
  const t = useTranslations('Schedule');
  return <>{meeting.roomName ? `${meeting.venueName}, ${t('room', { room: meeting.roomName })}` : meeting.venueName}</>;
}

/** What changed since the previous version, each with its reason. */
export function ScheduleChanges({ changes }: { changes: readonly ScheduleChange[] }) {
  const t = useTranslations('Schedule');
  if (changes.length === 0) return <p>{t('noChanges')}</p>;
  return (
    <ul className="space-y-3">
      {changes.map((change) => {
        const { meeting } = change;
        const team = meetingLabel(meeting);
        return (
          <li key={`${change.kind}-${meeting.id}`} className="rounded border border-slate-200 p-3">
            <p>
              <strong>{t(`change.${change.kind}`)}:</strong> {team}
            </p>
            {change.kind === 'moved' || change.kind === 'movedAndChanged' ? (
              <p>
                {t('movedFrom')} <MeetingTime startsAt={change.before.startsAt} endsAt={change.before.endsAt} />, <Where meeting={change.before} />{' '}
                {t('movedTo')} <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />, <Where meeting={meeting} />
              </p>
            ) : (
              <p>
                <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />, <Where meeting={meeting} />
              </p>
            )}
            <p className="text-slate-700">{change.reason ? t('reason', { reason: change.reason }) : t('noReason')}</p>
          </li>
        );
      })}
    </ul>
  );
}
