import { getTranslations } from 'next-intl/server';
import { MeetingTime } from '@/components/schedule/meeting-time';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { listMeetingFlags, type FlaggedMeeting } from '@/lib/db/meeting-flags';
import { Link } from '@/lib/i18n/navigation';
import { OUTCOME_DUE_DAYS_AFTER_END, VACANCY_LOOKAHEAD_DAYS } from '@/lib/meetings/outcomes';
import { createUserClient } from '@/lib/supabase/server';

function FlagList({ meetings, empty }: { meetings: FlaggedMeeting[]; empty: string }) {
  if (meetings.length === 0) return <p className="mt-2">{empty}</p>;
  return (
    <ul className="mt-2 space-y-2">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link href={`/panel/spotkania/${meeting.id}/przebieg`} className={textLink}>
            {meeting.teamName}
          </Link>
          <span className="block text-sm">
            <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} /> · {meeting.roundTitle}
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * On the coordinator's home: issued meetings coming up whose team has no moderator now, and
 * meetings that ended a while ago with no outcome recorded; each links to the meeting's record.
 */
export async function MeetingFlags({ user }: { user: CurrentUser }) {
  if (!can(user.role, 'meetings.record_outcome')) return null;
  const t = await getTranslations('HomeFlags');
  const { vacantSoon, outcomeMissing } = await listMeetingFlags(createUserClient(user));
  return (
    <>
      <li className="rounded-lg border border-slate-200 p-4">
        <h3 className="text-lg font-semibold">{t('vacantSoon', { count: vacantSoon.length, days: VACANCY_LOOKAHEAD_DAYS })}</h3>
        <FlagList meetings={vacantSoon} empty={t('vacantSoonEmpty')} />
      </li>
      <li className="rounded-lg border border-slate-200 p-4">
        <h3 className="text-lg font-semibold">{t('outcomeMissing', { count: outcomeMissing.length, days: OUTCOME_DUE_DAYS_AFTER_END })}</h3>
        <FlagList meetings={outcomeMissing} empty={t('outcomeMissingEmpty')} />
      </li>
    </>
  );
}
