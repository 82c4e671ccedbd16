import type { Metadata } from 'next';
import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { createAnonClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata: (props: Props) => Promise<Metadata> = titleFrom('Schedule', 'versionsTitle');

export default async function ScheduleVersionsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const schedule = await issuedSchedule(createAnonClient(), id);
  if (!schedule) notFound();
  const t = await getTranslations('Schedule');
  const format = await getFormatter();
  return (
    <>
      <PageHeading title={t('versionsTitle')} lead={schedule.round.title} />
      <ol className="space-y-2">
        {schedule.versions.map((version) => (
          <li key={version.id}>
            <Link href={`/tury/${id}/wersje/${version.number}`} className={textLink}>
              {t('versionLink', { version: version.number, date: format.dateTime(new Date(version.as_of), 'numeric') })}
            </Link>
          </li>
        ))}
      </ol>
      <Link href={`/tury/${id}`} className={`mt-8 inline-block ${textLink}`}>
        {t('backToSchedule')}
      </Link>
    </>
  );
}
