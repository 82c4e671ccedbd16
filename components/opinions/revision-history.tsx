import { useFormatter, useTranslations } from 'next-intl';
import type { AssumptionDetail } from '@/lib/db/assumptions';
import { RevisionDiff } from './revision-diff';

type Revision = AssumptionDetail['revisions'][number];

function RevisionText({ revision, previous, opinions }: { revision: Revision; previous: Revision | undefined; opinions: number }) {
  const t = useTranslations('Assumptions');
  const format = useFormatter();
  const date = format.dateTime(new Date(revision.updated_at), 'numeric');
  return (
    <>
      <p className="text-sm text-slate-700">
        {revision.author ? t('savedBy', { date, author: revision.author.full_name }) : t('savedOn', { date })} {t('opinionsOnRevision', { count: opinions })}
      </p>
      <p className="mt-3 font-semibold">{revision.title}</p>
      <p className="mt-2 whitespace-pre-wrap">{revision.body}</p>
      {previous ? (
        <div className="mt-4 rounded border border-slate-300 p-4">
          <h4 className="mb-2 font-semibold">{t('changesSince', { revision: previous.revision })}</h4>
          <RevisionDiff before={previous} after={revision} />
        </div>
      ) : null}
    </>
  );
}

/**
 * Every revision of an assumption, newest first: the current one in full, earlier ones folded but
 * a click away, each with what changed since the one before and how many opinions read it.
 */
export function RevisionHistory({ revisions, current, opinionsPerRevision }: { revisions: Revision[]; current: number; opinionsPerRevision: Map<string, number> }) {
  const t = useTranslations('Assumptions');
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  const previousOf = (revision: Revision) => revisions.find((other) => other.revision === revision.revision - 1);
  return (
    <ol className="space-y-6">
      {newestFirst.map((revision) => {
        const opinions = opinionsPerRevision.get(revision.id) ?? 0;
        const text = <RevisionText revision={revision} previous={previousOf(revision)} opinions={opinions} />;
        return (
          <li key={revision.id} className="rounded-lg border border-slate-200 p-4">
            {revision.revision === current ? (
              <>
                <h3 className="text-xl font-semibold">{t('currentRevisionHeading', { revision: revision.revision })}</h3>
                {text}
              </>
            ) : (
              <details>
                <summary className="cursor-pointer">
                  <h3 className="inline text-xl font-semibold">{t('revisionHeading', { revision: revision.revision, count: opinions })}</h3>
                </summary>
                <div className="mt-2">{text}</div>
              </details>
            )}
          </li>
        );
      })}
    </ol>
  );
}
