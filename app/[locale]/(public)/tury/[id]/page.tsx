import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { PublicMinutesList } from '@/components/minutes/public-minutes-list';
import { RoundStatusBadge } from '@/components/rounds/round-status-badge';
import { CalendarLink } from '@/components/schedule/calendar-link';
import { SignupLink } from '@/components/signups/signup-link';
import { ScheduleTable } from '@/components/schedule/schedule-table';
import { VacantBadge } from '@/components/schedule/vacant-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { publicSummary } from '@/lib/db/public-summary';
import { Link } from '@/lib/i18n/navigation';
import { createAnonClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

/** What the public may read of the round, loaded once for the title and the page. */
const publicSchedule = cache((id: string) => issuedSchedule(createAnonClient(), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: (await publicSchedule(id))?.round.title };
}

/** A round's schedule as last issued, readable on a phone and printable. */
export default async function PublicRoundPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const [schedule, summary] = await Promise.all([publicSchedule(id), publicSummary(id, null)]);
  if (!schedule) notFound();
  const { round, versions, vacantTeams, vacantTeamIds } = schedule;
  const t = await getTranslations('Schedule');
  const tSummary = await getTranslations('PublicSummary');
  const tSignups = await getTranslations('Signups');
  const format = await getFormatter();
  const latest = versions[0];

  return (
    <>
      <PageHeading title={round.title} lead={round.programme.title} />
      <p className="mb-6 flex items-center gap-2">
        <span>{t('roundStatus')}:</span> <RoundStatusBadge status={round.status} />
      </p>
      {summary ? (
        <Section id="summary" title={tSummary('roundHeading')} className="mb-10">
          <Link href={`/tury/${round.id}/podsumowanie`} className={textLink}>
            {tSummary('roundSummaryLink', { version: summary.shown.number, date: format.dateTime(new Date(summary.shown.published_at), 'numeric') })}
          </Link>
        </Section>
      ) : null}
      <section aria-labelledby="schedule-heading">
        <h2 id="schedule-heading" className="mb-2 text-2xl font-semibold">
          {t('heading')}
        </h2>
        {latest ? (
          <>
            <p className="mb-4 text-slate-700">
              {t('asOf', { date: format.dateTime(new Date(latest.as_of), 'numeric'), version: latest.number })}
            </p>
            <ScheduleTable
              meetings={latest.meetings}
              caption={t('caption', { count: latest.meetings.filter((meeting) => !meeting.cancelled).length })}
              vacantTeamIds={vacantTeamIds}
              extra={[
                { header: t('calendar'), cell: (meeting) => <CalendarLink href={`/api/meetings/${meeting.id}/calendar`} label={t('addToCalendar')} /> },
                { header: tSignups('column'), cell: (meeting) => <SignupLink meeting={meeting} round={round} /> },
              ]}
            />
            <ul className="mt-6 space-y-2 print:hidden">
              <li>
                <CalendarLink href={`/api/rounds/${round.id}/calendar`} label={t('subscribe')} />
              </li>
              <li>
                <Link href={`/tury/${round.id}/wersje`} className={textLink}>
                  {t('versionsLink', { count: versions.length })}
                </Link>
              </li>
            </ul>
          </>
        ) : (
          <EmptyState title={t('notIssuedTitle')}>{t('notIssuedText')}</EmptyState>
        )}
      </section>
      {latest ? <PublicMinutesList roundId={round.id} meetings={latest.meetings} /> : null}
      {vacantTeams.length > 0 ? (
        <section aria-labelledby="vacant-heading" className="mt-10">
          <h2 id="vacant-heading" className="mb-2 text-xl font-semibold">
            {t('vacantHeading')}
          </h2>
          <p className="mb-2 text-slate-700">{t('vacantText')}</p>
          <ul className="list-disc pl-5">
            {vacantTeams.map((team) => (
              <li key={team.id}>
                {team.name} <VacantBadge />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
