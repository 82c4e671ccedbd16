import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ImportScheduleForm } from '@/components/planning/import-schedule-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requireRound } from '@/lib/auth/session';
import { listVersions } from '@/lib/db/schedule';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Import', 'title');

export default async function ImportSchedulePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('schedule.manage', id);
  const issued = (await listVersions(client, round.id)).length > 0;
  const t = await getTranslations('Import');
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      <ImportScheduleForm roundId={round.id} reasonRequired={issued} />
    </>
  );
}
