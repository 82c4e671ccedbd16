import { useFormatter, useTranslations } from 'next-intl';
import { minutesTextOf, type MinutesRevision } from '@/lib/db/minutes';
import { MinutesContent } from './minutes-content';
import { MinutesStateBadge } from './minutes-state';

/** Who approved a revision and when, saying so when the coordinator approved as the substitute. */
export function ApprovedBy({ revision }: { revision: Pick<MinutesRevision, 'reviewed_by_name' | 'reviewed_at' | 'approved_as_substitute'> }) {
  const t = useTranslations('Minutes');
  const format = useFormatter();
  const values = { name: revision.reviewed_by_name ?? '', date: format.dateTime(new Date(revision.reviewed_at ?? 0), 'numeric') };
  return <p>{revision.approved_as_substitute ? t('approvedBySubstitute', values) : t('approvedBy', values)}</p>;
}

/** The comments a revision was returned with, oldest first. */
function Returns({ revision }: { revision: MinutesRevision }) {
  const t = useTranslations('Minutes');
  const format = useFormatter();
  if (revision.return_history.length === 0) return null;
  return (
    <ul className="mt-2 space-y-2">
      {revision.return_history.map((returned) => (
        <li key={returned.at} className="rounded border border-red-300 bg-red-50 p-3">
          <p className="text-sm font-medium">{t('returnedBy', { name: returned.by ?? '', date: format.dateTime(new Date(returned.at), 'numeric') })}</p>
          <p className="whitespace-pre-wrap">{returned.comment}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every revision of a meeting's minutes, newest first, each a click away: its state, who approved
 * it and when (and whether as the substitute of a vacant team's moderator), the comments it was
 * returned with, and its text.
 */
export function MinutesHistory({ revisions }: { revisions: MinutesRevision[] }) {
  const t = useTranslations('Minutes');
  return (
    <ol className="max-w-3xl space-y-4">
      {revisions.map((revision) => (
        <li key={revision.id} className="rounded-lg border border-slate-200 p-4">
          <details>
            <summary className="cursor-pointer">
              <span className="font-semibold">{t('revisionLabel', { revision: revision.revision })}</span> <MinutesStateBadge progress={revision.state} />
            </summary>
            <div className="mt-3 space-y-3">
              {revision.state === 'approved' ? <ApprovedBy revision={revision} /> : null}
              <Returns revision={revision} />
              <MinutesContent text={minutesTextOf(revision)} headingLevel="h4" />
            </div>
          </details>
        </li>
      ))}
    </ol>
  );
}
