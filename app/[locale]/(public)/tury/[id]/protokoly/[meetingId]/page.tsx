import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { MinutesContent } from '@/components/minutes/minutes-content';
import { ApprovedBy } from '@/components/minutes/minutes-history';
import { MeetingTime } from '@/components/schedule/meeting-time';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { listApprovedMinutes, minutesTextOf } from '@/lib/db/minutes';
import { Link } from '@/lib/i18n/navigation';
import { meetingLabel } from '@/lib/schedule/labels';
import { isUuid } from '@/lib/schemas/fields';
import { createAnonClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string; meetingId: string }>;
}

/** The latest approved minutes of an open meeting, and the meeting as the issued schedule shows it; null if not public. */
const publicMinutes = cache(async (roundId: string, meetingId: string) => {
  if (!isUuid(meetingId)) return null;
  const client = createAnonClient();
  const schedule = await issuedSchedule(client, roundId);
  const meeting = schedule?.versions.flatMap((version) => version.meetings).find((item) => item.id === meetingId);
  if (!schedule || !meeting) return null;
  const minutes = (await listApprovedMinutes(client, roundId)).find((row) => row.meeting_id === meetingId);
  return minutes ? { round: schedule.round, meeting, minutes } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, meetingId } = await params;
  const found = await publicMinutes(id, meetingId);
  const t = await getTranslations('PublicMinutes');
  return { title: found ? t('title', { meeting: meetingLabel(found.meeting) }) : undefined };
}

/** One meeting's approved minutes for the public: HTML first, printable on A4. Drafts never appear (RLS). */
export default async function PublicMinutesPage({ params }: Props) {
  const { locale, id, meetingId } = await params;
  setRequestLocale(locale);
  const found = await publicMinutes(id, meetingId);
  if (!found) notFound();
  const { round, meeting, minutes } = found;
  const t = await getTranslations('PublicMinutes');

  return (
    <article className="max-w-3xl">
      <PageHeading title={t('title', { meeting: meetingLabel(meeting) })} lead={round.title} />
      <p className="mb-1">
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
      </p>
      <p className="mb-1">{[meeting.venueName, meeting.roomName, meeting.venueAddress].filter(Boolean).join(', ')}</p>
      <p className="mb-6 text-slate-700">{t('revision', { revision: minutes.revision })}</p>
      <MinutesContent text={minutesTextOf(minutes)} headingLevel="h2" />
      <div className="mt-8 border-t border-slate-300 pt-4">
        <ApprovedBy revision={minutes} />
      </div>
      <Link href={`/tury/${id}#minutes-heading`} className={`mt-8 inline-block print:hidden ${textLink}`}>
        {t('back')}
      </Link>
    </article>
  );
}
