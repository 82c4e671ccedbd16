import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CoordinationMeetingForm } from '@/components/coordination/coordination-meeting-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requireRound } from '@/lib/auth/session';
import { listVenues } from '@/lib/db/schedule';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Coordination', 'newTitle');

export default async function NewCoordinationMeetingPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('rounds.manage', id);
  const t = await getTranslations('Coordination');
  return (
    <>
      <PageHeading title={t('newTitle')} lead={t('lead', { round: round.title })} />
      <CoordinationMeetingForm roundId={round.id} venues={await listVenues(client)} />
    </>
  );
}
