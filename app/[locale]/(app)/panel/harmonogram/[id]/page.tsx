import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ScheduleChanges } from '@/components/schedule/schedule-changes';
import { ScheduleTable } from '@/components/schedule/schedule-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { requireUser } from '@/lib/auth/session';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { titleFrom } from '@/lib/i18n/metadata';
import { diffSchedules } from '@/lib/schedule/diff';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Schedule', 'heading');

/**
 * The issued schedule of a round, for the staff and moderators taking part in it (public or not):
 * RLS shows each of them only the rounds they take part in. Where the schedule e-mails lead.
 */
export default async function StaffSchedulePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const schedule = await issuedSchedule(createUserClient(await requireUser()), id);
  if (!schedule) notFound();
  const { round, versions, vacantTeamIds } = schedule;
  const [latest, previous] = versions;
  const t = await getTranslations('Schedule');
  const format = await getFormatter();

  return (
    <>
      <PageHeading title={round.title} lead={round.programme.title} />
      {latest ? (
        <>
          <p className="mb-4 text-slate-700">{t('asOf', { date: format.dateTime(new Date(latest.as_of), 'numeric'), version: latest.number })}</p>
          <ScheduleTable meetings={latest.meetings} caption={t('caption', { count: latest.meetings.filter((meeting) => !meeting.cancelled).length })} vacantTeamIds={vacantTeamIds} />
          {previous ? (
            <section aria-labelledby="changes-heading" className="mt-10">
              <h2 id="changes-heading" className="mb-3 text-2xl font-semibold">
                {t('changesSince', { version: previous.number })}
              </h2>
              <ScheduleChanges changes={diffSchedules(previous.meetings, latest.meetings)} />
            </section>
          ) : null}
        </>
      ) : (
        <EmptyState title={t('notIssuedTitle')}>{t('notIssuedText')}</EmptyState>
      )}
    </>
  );
}
