import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EditAssumptionForm } from '@/components/opinions/assumption-forms';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { currentTitle } from '@/lib/db/assumptions';
import { requireAssumptionToWrite } from '@/lib/opinions/access';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { opinionsPerRevision } from '@/lib/opinions/requests';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Assumptions', 'editTitle');

/** The text of an assumption, from its current revision; whether saving corrects it or adds a revision is said first. */
export default async function EditAssumptionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { assumption } = await requireAssumptionToWrite(id);
  const t = await getTranslations('Assumptions');
  const current = assumption.revisions.find((revision) => revision.revision === assumption.current_revision)!;
  const answered = opinionsPerRevision(assumption.requests).get(current.id) ?? 0;

  return (
    <>
      <PageHeading title={t('editTitle')} lead={t('lead', { kind: assumption.kind, number: assumption.number, team: assumption.team.name })} />
      <p className="mb-6 max-w-3xl rounded border border-slate-300 bg-slate-50 p-4">
        {answered > 0 ? t('editFrozen', { revision: current.revision, next: current.revision + 1 }) : t('editMaybeInPlace', { revision: current.revision })}
      </p>
      <EditAssumptionForm assumptionId={assumption.id} current={{ revision: current.revision, savedAt: current.updated_at, title: current.title, body: current.body }} />
      <Link href={`/panel/zalozenia/${assumption.id}`} className={`mt-8 inline-block ${textLink}`}>
        {t('backToAssumption', { title: currentTitle(assumption) })}
      </Link>
    </>
  );
}
