import { getTranslations, setRequestLocale } from 'next-intl/server';
import { SummaryView } from '@/components/summary/summary-view';
import { textLink } from '@/components/ui/styles';
import { requireRound } from '@/lib/auth/session';
import { composeSummary } from '@/lib/db/summary';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('SummaryEditor', 'title');

/** The round's summary as it would be published now, generated from the data with the coordinator's edits. */
export default async function SummaryEditorPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('summary.edit', id);
  const t = await getTranslations('SummaryEditor');
  const { document } = await composeSummary(client, round);
  return (
    <>
      <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">{t('previewNote')}</p>
      <SummaryView document={document} />
      <Link href={`/panel/tury/${round.id}`} className={`mt-10 inline-block ${textLink}`}>
        {t('backToRound')}
      </Link>
    </>
  );
}
