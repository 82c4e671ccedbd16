import { useTranslations } from 'next-intl';
import type { DecisionRecord } from '@/lib/db/decisions';
import { DecisionStateBadge } from './badges';

/** Every decision on an opinion, the current one first; a corrected one stays readable, with who decided and when. */
export function DecisionHistory({ decisions }: { decisions: DecisionRecord[] }) {
  const t = useTranslations('Decisions');
  const tDates = useTranslations('Dates');
  const correctedIds = new Set(decisions.map((decision) => decision.corrects).filter(Boolean));
  return (
    <ol className="space-y-4">
      {[...decisions].reverse().map((decision) => (
        <li key={decision.id} className="rounded-lg border border-slate-200 p-4">
          <p className="flex flex-wrap items-center gap-2">
            <DecisionStateBadge state={decision.outcome} />
            <span className="font-medium">{correctedIds.has(decision.id) ? t('corrected') : decision.corrects ? t('currentCorrection') : t('current')}</span>
          </p>
          <p className="mt-2 text-sm text-slate-700">
            {t('decidedBy', { name: decision.decider?.full_name || decision.decider?.email || t('unknownDecider'), date: tDates('day', { date: new Date(decision.decided_at) }), time: new Date(decision.decided_at) })}
          </p>
          <p className="mt-2 whitespace-pre-wrap">{decision.justification || t('noJustification')}</p>
        </li>
      ))}
    </ol>
  );
}
