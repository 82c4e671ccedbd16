import { useFormatter, useTranslations } from 'next-intl';
import { draftOf, type DecisionRow, type OpinionRow } from '@/lib/db/opinions';
import { OpinionContent } from './opinion-content';
import { OpinionProgressBadge } from './opinion-status';

/** The coordinator's decision, and any it corrected (the earlier ones stay visible). */
function Decisions({ decisions }: { decisions: DecisionRow[] }) {
  const t = useTranslations('Opinions');
  const format = useFormatter();
  const when = (iso: string) => format.dateTime(new Date(iso), 'numeric');
  // Oldest first: the last one is in force, each earlier one was corrected by the next.
  const current = decisions.at(-1);
  if (!current) return <p>{t('awaitingDecision')}</p>;
  const earlier = decisions.slice(0, -1).reverse();
  return (
    <div className="space-y-4">
      <div>
        <p className="font-medium">{t(current.corrects ? 'correctedDecision' : 'decision', { outcome: t(`outcome.${current.outcome}`), date: when(current.decided_at) })}</p>
        {current.justification ? <p className="mt-1 whitespace-pre-wrap">{current.justification}</p> : null}
      </div>
      {earlier.length > 0 ? (
        <div>
          <h4 className="font-medium">{t('earlierDecisions')}</h4>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-slate-700">
            {earlier.map((decision) => (
              <li key={decision.id}>
                {t('earlierDecision', { outcome: t(`outcome.${decision.outcome}`), date: when(decision.decided_at) })}
                {decision.justification ? ` ${decision.justification}` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** A submitted opinion under its heading: when (late or not), what it says, and what the coordinator decided. */
export function SubmittedOpinion({ opinion, heading, headingId, level = 'h2' }: { opinion: OpinionRow & { decisions: DecisionRow[] }; heading: string; headingId?: string; level?: 'h2' | 'h3' }) {
  const t = useTranslations('Opinions');
  const format = useFormatter();
  const Heading = level;
  const Subheading = level === 'h2' ? 'h3' : 'h4';
  const submitted = opinion.submitted_at ? new Date(opinion.submitted_at) : null;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Heading id={headingId} className={level === 'h2' ? 'text-2xl font-semibold' : 'text-lg font-semibold'}>
          {heading}
        </Heading>
        <OpinionProgressBadge opinion={opinion} />
      </div>
      {submitted ? (
        <p>
          {t(opinion.late ? 'submittedAtLate' : 'submittedAt', {
            date: format.dateTime(submitted, 'numeric'),
            time: format.dateTime(submitted, { hour: '2-digit', minute: '2-digit' }),
          })}
        </p>
      ) : null}
      <OpinionContent text={draftOf(opinion)} />
      <div>
        <Subheading className="font-semibold">{t('decisionHeading')}</Subheading>
        <Decisions decisions={opinion.decisions} />
      </div>
    </div>
  );
}
