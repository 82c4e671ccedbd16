import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { kilobytes, summaryPdfHref } from '@/components/summary/public-summary';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { publicSummaryArchive } from '@/lib/db/public-summary';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('SummaryArchive', 'title');

const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;

/** Every published summary (each version) of every public round and programme, newest first. */
export default async function SummaryArchivePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SummaryArchive');
  const format = await getFormatter();
  const entries = await publicSummaryArchive();
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      {entries.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>
          <p>{t('emptyText')}</p>
        </EmptyState>
      ) : (
        <DataTable caption={t('caption')} hiddenCaption columns={[t('date'), t('programme'), t('round'), t('version'), t('links')]}>
          {entries.map((entry) => {
            const names = { round: entry.round.title, version: entry.number };
            return (
              <tr key={`${entry.round_id}-${entry.number}`} className="border-b border-slate-200 align-top">
                <td className="py-2 pr-4 whitespace-nowrap">{format.dateTime(new Date(entry.published_at), 'numeric')}</td>
                <td className="py-2 pr-4">{entry.round.programme.title}</td>
                <td className="py-2 pr-4">{entry.round.title}</td>
                <td className="py-2 pr-4">{t('versionValue', { version: entry.number, corrected: String(entry.number > 1) })}</td>
                <td className="py-2 pr-4">
                  <ul className="space-y-1">
                    <li>
                      <Link href={`/tury/${entry.round_id}/podsumowanie/${entry.number}`} className={textLink}>
                        {t.rich('read', { ...names, sr: hidden })}
                      </Link>
                    </li>
                    <li>
                      <a href={summaryPdfHref(entry.round_id, entry.number)} type="application/pdf" className={`whitespace-nowrap ${textLink}`}>
                        {t.rich('pdf', { ...names, size: kilobytes(entry.pdf_size), sr: hidden })}
                      </a>
                    </li>
                  </ul>
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
    </>
  );
}
