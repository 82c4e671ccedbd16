import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CancelMeetingForm, EditMeetingForm, RestoreMeetingForm } from '@/components/planning/meeting-form';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { getMeetingRound } from '@/lib/db/planning';
import { planningContext } from '@/lib/db/planning-context';
import { listMeetings } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { meetingWallClock } from '@/lib/schedule/warsaw-time';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { meetingLabel } from '@/lib/schedule/labels';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Meetings', 'editTitle');

export default async function MeetingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('schedule.manage');
  const client = createUserClient(user);
  const found = isUuid(id) ? await getMeetingRound(client, id) : null;
  const context = found ? await planningContext(client, found.round_id) : null;
  const meeting = context ? (await listMeetings(client, context.round.id)).find((candidate) => candidate.id === id) : undefined;
  if (!context || !meeting) notFound();
  const t = await getTranslations('Meetings');
  const label = meetingLabel(meeting);

  return (
    <>
      <PageHeading title={t('editTitle')} lead={label} />
      {meeting.cancelled ? (
        <>
          <p className="mb-6 font-semibold text-red-800">{t('alreadyCancelled')}</p>
          <Section id="restore" title={t('restoreSection')}>
            <p className="mb-3 max-w-2xl">{t('restoreHint')}</p>
            <RestoreMeetingForm meetingId={meeting.id} roundId={context.round.id} reasonRequired={context.options.reasonRequired} />
          </Section>
        </>
      ) : (
        <>
          <EditMeetingForm
            meeting={{
              id: meeting.id,
              roundId: context.round.id,
              teamId: meeting.teamId,
              scope: meeting.scope ?? '',
              venueId: meeting.venueId,
              roomId: meeting.roomId ?? '',
              ...meetingWallClock(meeting),
              isPublic: meeting.isPublic,
              changeReason: '',
            }}
            options={context.options}
          />
          <section aria-labelledby="cancel-heading" className="mt-12">
            <h2 id="cancel-heading" className="mb-3 text-2xl font-semibold">
              {t('cancelSection')}
            </h2>
            <CancelMeetingForm meetingId={meeting.id} roundId={context.round.id} meetingLabel={label} />
          </section>
        </>
      )}
      <Link href={`/panel/tury/${context.round.id}/harmonogram`} className={`mt-8 inline-block ${textLink}`}>
        {t('backToSchedule')}
      </Link>
    </>
  );
}
