import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewAssumptionForm } from '@/components/opinions/assumption-forms';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { nextAssumptionNumbers } from '@/lib/db/assumptions';
import { requireProgrammeToWrite } from '@/lib/opinions/access';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Assumptions', 'newTitle');

/** A new assumption, of a team the user writes for: any team for the coordinator, their own for a moderator. */
export default async function NewAssumptionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, programme, teams } = await requireProgrammeToWrite(id);
  const t = await getTranslations('Assumptions');
  return (
    <>
      <PageHeading title={t('newTitle')} lead={programme.title} />
      {teams.length === 0 ? (
        <EmptyState title={t('noTeamsTitle')}>{t('noTeamsText')}</EmptyState>
      ) : (
        <NewAssumptionForm programmeId={programme.id} teams={teams} nextNumbers={await nextAssumptionNumbers(client, programme.id)} />
      )}
      <Link href={`/panel/programy/${programme.id}/zalozenia`} className={`mt-8 inline-block ${textLink}`}>
        {t('backToList')}
      </Link>
    </>
  );
}
