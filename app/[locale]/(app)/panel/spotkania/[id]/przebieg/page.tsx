import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MinutesSection } from '@/components/minutes/minutes-section';
import { MeetingParticipants } from '@/components/meetings/meeting-participants';
import { FollowUpsSection } from '@/components/meetings/follow-ups-section';
import { OutcomeSection } from '@/components/meetings/outcome-section';
import { MeetingTime } from '@/components/schedule/meeting-time';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { listDepartments } from '@/lib/db/departments';
import { listMeetingFollowUps } from '@/lib/db/follow-ups';
import { getMeetingRecord } from '@/lib/db/meeting-record';
import { getOutcome } from '@/lib/db/outcomes';
import { listRoundDepartmentIds } from '@/lib/db/planning';
import { listConfirmedSignups } from '@/lib/db/signups';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { meetingLabel } from '@/lib/schedule/labels';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('MeetingRecord', 'title');

/**
 * What became of a meeting: its outcome, its participants, its minutes and follow-ups. For the
 * coordinators and the team's moderator (RLS shows a moderator their teams' meetings only).
 */
export default async function MeetingRecordPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('minutes.write');
  const client = createUserClient(user);
  const record = isUuid(id) ? await getMeetingRecord(client, id) : null;
  if (!record) notFound();
  const { meeting, round, moderator } = record;
  const t = await getTranslations('MeetingRecord');
  const [outcome, signups, departments, roundDepartmentIds, followUps] = await Promise.all([
    getOutcome(client, meeting.id),
    listConfirmedSignups(client, meeting.id),
    listDepartments(client),
    listRoundDepartmentIds(client, round.id),
    listMeetingFollowUps(client, meeting.id),
  ]);

  return (
    <>
      <PageHeading title={t('title')} lead={meetingLabel(meeting)} />
      <dl className="grid max-w-3xl gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
        <dt className="font-semibold">{t('round')}</dt>
        <dd>{round.title}</dd>
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
        </dd>
        <dt className="font-semibold">{t('where')}</dt>
        <dd>{[meeting.venueName, meeting.roomName, meeting.venueAddress].filter(Boolean).join(', ')}</dd>
        <dt className="font-semibold">{t('moderator')}</dt>
        <dd>{moderator ? moderator.full_name : <span className="font-semibold text-amber-800">{t('noModerator')}</span>}</dd>
      </dl>
      {meeting.cancelled ? <p className="mt-6 font-semibold text-red-800">{t('cancelled')}</p> : null}
      <OutcomeSection
        user={user}
        meeting={meeting}
        outcome={outcome}
        signedUp={[...new Set(signups.map((signup) => signup.organisation))]}
        departments={departments.filter((department) => roundDepartmentIds.includes(department.id))}
        now={new Date()}
      />
      <MinutesSection client={client} meetingId={meeting.id} />
      <MeetingParticipants participants={signups} meeting={meeting} />
      {outcome?.held ? <FollowUpsSection meetingId={meeting.id} followUps={followUps} departments={departments} /> : null}
      <Link href={`/panel/tury/${round.id}`} className={`mt-10 inline-block ${textLink}`}>
        {t('backToRound')}
      </Link>
    </>
  );
}
