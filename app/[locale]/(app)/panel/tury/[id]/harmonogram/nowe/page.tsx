import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NewMeetingForm } from '@/components/planning/meeting-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { planningContext } from '@/lib/db/planning-context';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Meetings', 'newTitle');

export default async function NewMeetingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('schedule.manage');
  const context = isUuid(id) ? await planningContext(createUserClient(user), id) : null;
  if (!context) notFound();
  const t = await getTranslations('Meetings');
  const tPlanning = await getTranslations('Planning');
  return (
    <>
      <PageHeading title={t('newTitle')} lead={context.round.title} />
      {context.options.teams.length === 0 ? <p className="mb-4 font-medium text-red-800">{tPlanning('noTeams')}</p> : null}
      {context.options.venues.length === 0 ? <p className="mb-4 font-medium text-red-800">{tPlanning('noVenues')}</p> : null}
      <NewMeetingForm roundId={context.round.id} options={context.options} />
    </>
  );
}
