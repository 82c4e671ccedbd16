import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublishSummarySection } from '@/components/summary/publish-summary-section';
import { ReadinessList } from '@/components/summary/readiness-list';
import { SectionAside } from '@/components/summary/section-aside';
import { SummaryView } from '@/components/summary/summary-view';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import { requireRound } from '@/lib/auth/session';
import { composeSummary, listApprovedMinutes } from '@/lib/db/summary';
import { listSummaryVersions, summaryRecipientCount } from '@/lib/db/summary-versions';
import { fingerprintOf } from '@/lib/summary/edits';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { summaryReadiness } from '@/lib/summary/readiness';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('SummaryEditor', 'title');

/**
 * The round's summary as it would be published now, generated from the data with the coordinator's
 * edits: what publishing will check first, then the preview, each section with its editor.
 */
export default async function SummaryEditorPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, client, round } = await requireRound('summary.edit', id);
  const t = await getTranslations('SummaryEditor');
  const publishing = can(user.role, 'summary.publish');
  const [{ data, generated, draft, document, stale }, approvedMinutes, versions, recipients] = await Promise.all([
    composeSummary(client, round),
    listApprovedMinutes(client, round.id),
    publishing ? listSummaryVersions(client, round.id) : [],
    publishing ? summaryRecipientCount(client, round.id) : 0,
  ]);
  return (
    <>
      <p className="mb-6 rounded border border-slate-300 bg-slate-50 p-3 text-slate-800 print:hidden">{t('previewNote')}</p>
      <SummaryView
        document={document}
        // The summary is in Polish; what the coordinator works with is in the page's language.
        before={
          <div lang={locale}>
            <ReadinessList readiness={summaryReadiness(data.meetings, approvedMinutes)} />
          </div>
        }
        aside={(section) => (
          <div lang={locale}>
            <SectionAside
              roundId={round.id}
              version={draft.version}
              generated={generated.sections.find((candidate) => candidate.id === section)!}
              edit={draft.edits[section]}
              stale={stale.includes(section)}
            />
          </div>
        )}
      />
      {publishing ? <PublishSummarySection roundId={round.id} draftVersion={draft.version} previewed={fingerprintOf(document)} versions={versions} recipients={recipients} /> : null}
      <Link href={`/panel/tury/${round.id}`} className={`mt-10 inline-block ${textLink}`}>
        {t('backToRound')}
      </Link>
    </>
  );
}
