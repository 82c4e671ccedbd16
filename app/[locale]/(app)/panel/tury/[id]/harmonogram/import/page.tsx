import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ImportScheduleForm } from '@/components/planning/import-schedule-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { getRound } from '@/lib/db/rounds';
import { listVersions } from '@/lib/db/schedule';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Import', 'title');

export default async function ImportSchedulePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('schedule.manage');
  const client = createUserClient(user);
  const round = isUuid(id) ? await getRound(client, id) : null;
  if (!round) notFound();
  const issued = (await listVersions(client, round.id)).length > 0;
  const t = await getTranslations('Import');
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      <ImportScheduleForm roundId={round.id} reasonRequired={issued} />
    </>
  );
}
