import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ScheduleChanges } from '@/components/schedule/schedule-changes';
import { ScheduleTable } from '@/components/schedule/schedule-table';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { diffSchedules } from '@/lib/schedule/diff';
import { createAnonClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string; number: string }>;
}

export const generateMetadata: (props: Props) => Promise<Metadata> = titleFrom('Schedule', 'versionTitle');

/** One issued version, and what changed since the one before it. */
export default async function ScheduleVersionPage({ params }: Props) {
  const { locale, id, number } = await params;
  setRequestLocale(locale);
  const schedule = await issuedSchedule(createAnonClient(), id);
  const index = schedule?.versions.findIndex((version) => String(version.number) === number) ?? -1;
  if (!schedule || index < 0) notFound();
  const version = schedule.versions[index]!;
  const previous = schedule.versions[index + 1];
  const t = await getTranslations('Schedule');
  const format = await getFormatter();
  const asOf = format.dateTime(new Date(version.as_of), 'numeric');

  return (
    <>
      <PageHeading title={t('versionHeading', { version: version.number, date: asOf })} lead={schedule.round.title} />
      <section aria-labelledby="changes-heading" className="mb-10">
        <h2 id="changes-heading" className="mb-3 text-2xl font-semibold">
          {previous ? t('changesSince', { version: previous.number }) : t('firstVersion')}
        </h2>
        {previous ? <ScheduleChanges changes={diffSchedules(previous.meetings, version.meetings)} /> : null}
      </section>
      <ScheduleTable meetings={version.meetings} caption={t('versionCaption', { version: version.number, date: asOf })} vacantTeamIds={schedule.vacantTeamIds} />
      <Link href={`/tury/${id}/wersje`} className={`mt-8 inline-block ${textLink}`}>
        {t('allVersions')}
      </Link>
    </>
  );
}
