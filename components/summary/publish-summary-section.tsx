import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import type { SummaryVersionRow } from '@/lib/db/summary-versions';
import { Link } from '@/lib/i18n/navigation';
import { PublishSummaryForm } from './publish-summary-form';

interface Props {
  roundId: string;
  draftVersion: number;
  previewed: string;
  versions: SummaryVersionRow[];
  recipients: number;
}

/** The end of the preview: what publishing does, who is told, the versions so far, and the form. */
export async function PublishSummarySection({ roundId, draftVersion, previewed, versions, recipients }: Props) {
  const t = await getTranslations('SummaryPublish');
  const format = await getFormatter();
  const latest = versions[0];
  return (
    <Section id="publish" title={t('heading')} className="mt-12 border-t border-slate-300 pt-8 print:hidden">
      <p className="mb-3 max-w-3xl">{t('explanation')}</p>
      <p className="mb-3 max-w-3xl">{t('recipients', { recipients })}</p>
      {latest ? (
        <p className="mb-6 max-w-3xl">
          {t('latest', { version: latest.number, date: format.dateTime(new Date(latest.published_at), 'numeric') })}{' '}
          <Link href={`/tury/${roundId}/podsumowanie`} className={textLink}>
            {t('publicLink')}
          </Link>
        </p>
      ) : null}
      <PublishSummaryForm roundId={roundId} draftVersion={draftVersion} previewed={previewed} nextVersion={(latest?.number ?? 0) + 1} recipients={recipients} />
    </Section>
  );
}
