import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { listSubmittedMinutes } from '@/lib/db/minutes';
import { getMeeting, listVacantTeams } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { meetingLabel } from '@/lib/schedule/labels';
import { createUserClient } from '@/lib/supabase/server';

/**
 * Minutes awaiting the user's approval: a moderator's, of the teams they moderate now (RLS shows
 * no others); a coordinator's, of teams without a moderator, approved as the substitute.
 */
export async function MinutesHome({ user }: { user: CurrentUser }) {
  if (!can(user.role, 'minutes.approve')) return null;
  const client = createUserClient(user);
  const substitute = can(user.role, 'teams.manage');
  const submitted = await listSubmittedMinutes(client);
  const vacant = substitute ? new Set((await listVacantTeams(client)).map((team) => team.id)) : null;
  const awaiting = vacant ? submitted.filter((minutes) => vacant.has(minutes.team_id)) : submitted;
  const meetings = await Promise.all(awaiting.map((minutes) => getMeeting(client, minutes.meeting_id)));
  const t = await getTranslations('Minutes');
  const format = await getFormatter();

  return (
    <Section id="minutes-home" title={t(substitute ? 'home.titleSubstitute' : 'home.title', { count: awaiting.length })} className="mb-10">
      {awaiting.length === 0 ? (
        <p>{t(substitute ? 'home.nothingSubstitute' : 'home.nothing')}</p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {awaiting.map((minutes, index) => {
            const meeting = meetings[index];
            return (
              <li key={minutes.id}>
                <Link href={`/panel/spotkania/${minutes.meeting_id}/protokol`} className={textLink}>
                  {meeting ? `${meetingLabel(meeting)}, ${format.dateTime(new Date(meeting.startsAt), 'numeric')}` : t('revisionLabel', { revision: minutes.revision })}
                </Link>{' '}
                <span className="text-slate-700">{t('home.submittedOn', { date: format.dateTime(new Date(minutes.submitted_at ?? 0), 'numeric') })}</span>
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
