import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NewRoundForm } from '@/components/programmes/round-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { getProgramme } from '@/lib/db/programmes';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Rounds', 'new');

export default async function NewRoundPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('rounds.manage');
  const programme = isUuid(id) ? await getProgramme(createUserClient(user), id) : null;
  if (!programme) notFound();
  const t = await getTranslations('Rounds');
  const nextNumber = Math.max(0, ...programme.rounds.map((round) => round.number)) + 1;
  return (
    <>
      <PageHeading title={t('new')} lead={t('newIntro', { programme: programme.title })} />
      <NewRoundForm programmeId={programme.id} nextNumber={nextNumber} />
    </>
  );
}
