import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import type { publicSummary } from '@/lib/db/public-summary';
import { Link } from '@/lib/i18n/navigation';
import { SummaryView } from './summary-view';

type PublishedSummary = NonNullable<Awaited<ReturnType<typeof publicSummary>>>;

/** Where a version's PDF is served (immutable, so cached by browsers for good). */
export const summaryPdfHref = (roundId: string, number: number) => `/api/rounds/${roundId}/summary/${number}/pdf`;
/** A PDF's size as its link gives it ("PDF, 84 kB"). */
export const kilobytes = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

/**
 * A published version of a round's summary, as the public reads it: the document, then when and by
 * whom it was published, what a correction changed, its PDF, and every version with its note.
 */
export async function PublicSummary({ summary }: { summary: PublishedSummary }) {
  const t = await getTranslations('PublicSummary');
  const format = await getFormatter();
  const { round, versions, shown, content } = summary;
  const latest = versions[0]!;
  const date = (iso: string) => format.dateTime(new Date(iso), 'numeric');

  const about = (
    <div className="mt-4 max-w-3xl space-y-2 rounded border border-slate-300 bg-slate-50 p-4 print:border-0 print:bg-white print:p-0">
      <p>{t('published', { version: shown.number, date: date(shown.published_at), name: shown.published_by_name })}</p>
      {shown.change_note ? <p className="whitespace-pre-line break-words">{t('change', { note: shown.change_note })}</p> : null}
      {shown.number !== latest.number ? (
        <p className="font-semibold print:hidden">
          {t('olderVersion')}{' '}
          <Link href={`/tury/${round.id}/podsumowanie`} className={textLink}>
            {t('latestLink', { version: latest.number })}
          </Link>
        </p>
      ) : null}
      <p className="print:hidden">
        <a href={summaryPdfHref(round.id, shown.number)} className={textLink} type="application/pdf">
          {t('pdf', { size: kilobytes(shown.pdf_size) })}
        </a>
      </p>
    </div>
  );

  return (
    <>
      <SummaryView document={content} before={about} />
      <Section id="versions" title={t('versionsHeading')} className="mt-12 border-t border-slate-300 pt-8">
        <p className="mb-3 max-w-3xl text-slate-700">{t('versionsIntro')}</p>
        <ol className="max-w-3xl space-y-2">
          {versions.map((version) => (
            <li key={version.number} className="break-words">
              {version.number === shown.number ? (
                <span className="font-semibold">
                  {t('version', { version: version.number })} {t('shown')}
                </span>
              ) : (
                <Link href={`/tury/${round.id}/podsumowanie/${version.number}`} className={textLink}>
                  {t('version', { version: version.number })}
                </Link>
              )}
              , {t('versionDate', { date: date(version.published_at) })}: {version.change_note ? t('correction', { note: version.change_note }) : t('firstPublication')}
            </li>
          ))}
        </ol>
      </Section>
      <ul className="mt-10 space-y-2 print:hidden">
        <li>
          <Link href={`/tury/${round.id}`} className={textLink}>
            {t('roundLink')}
          </Link>
        </li>
        <li>
          <Link href="/podsumowania" className={textLink}>
            {t('archiveLink')}
          </Link>
        </li>
      </ul>
    </>
  );
}
