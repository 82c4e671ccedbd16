import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublishSummarySection } from '@/components/summary/publish-summary-section';
import { SummaryView } from '@/components/summary/summary-view';
import { textLink } from '@/components/ui/styles';
import { requireRound } from '@/lib/auth/session';
import { composeSummary } from '@/lib/db/summary';
import { listSummaryVersions, summaryRecipientCount } from '@/lib/db/summary-versions';
import { can } from '@/lib/auth/permissions';
import { fingerprintOf } from '@/lib/summary/edits';
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
  const { user, client, round } = await requireRound('summary.edit', id);
  const t = await getTranslations('SummaryEditor');
  const publishing = can(user.role, 'summary.publish');
  const [{ document, draft }, versions, recipients] = await Promise.all([
    composeSummary(client, round),
    publishing ? listSummaryVersions(client, round.id) : [],
    publishing ? summaryRecipientCount(client, round.id) : 0,
  ]);
  return (
    <>
      <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800">{t('previewNote')}</p>
      <SummaryView document={document} />
      {publishing ? <PublishSummarySection roundId={round.id} draftVersion={draft.version} previewed={fingerprintOf(document)} versions={versions} recipients={recipients} /> : null}
      <Link href={`/panel/tury/${round.id}`} className={`mt-10 inline-block ${textLink}`}>
        {t('backToRound')}
      </Link>
    </>
  );
}
