import { useFormatter, useTranslations } from 'next-intl';
import { isOverdue, opinionProgress, type DecisionOutcome } from '@/lib/workflow/opinions';

// Every state has its word and its own shape, never only a colour.
const ICONS = {
  not_started: 'M4 10h12', // dash: nothing yet
  draft: 'M4 16l2-5l8-8l3 3l-8 8z', // pencil: being written
  submitted: 'M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M10 6v4l3 2', // clock: awaiting a decision
  accepted: 'M4 10l4 4l8 -8', // tick
  partially_accepted: 'M4 10l4 4l8 -8M4 17h12', // tick, underlined: in part
  rejected: 'M5 5l10 10M15 5l-10 10', // cross
  overdue: 'M10 3l8 14h-16zM10 8v4M10 14v1', // warning
} as const;

const STYLES = {
  not_started: 'bg-slate-100 text-slate-800 ring-slate-300',
  draft: 'bg-amber-50 text-amber-900 ring-amber-300',
  submitted: 'bg-blue-50 text-blue-900 ring-blue-300',
  accepted: 'bg-green-50 text-green-900 ring-green-300',
  partially_accepted: 'bg-green-50 text-green-900 ring-green-300',
  rejected: 'bg-red-50 text-red-900 ring-red-300',
  overdue: 'bg-red-50 text-red-900 ring-red-300',
} as const;

function Badge({ kind, children }: { kind: keyof typeof ICONS; children: string }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium ring-1 ${STYLES[kind]}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d={ICONS[kind]} />
      </svg>
      {children}
    </span>
  );
}

interface OpinionState {
  state: 'draft' | 'submitted';
  outcome: DecisionOutcome | null;
  late: boolean;
}

/** Where a request's answer stands: not started, a draft, submitted (late?), or the decision on it. */
export function OpinionProgressBadge({ opinion }: { opinion: OpinionState | null }) {
  const t = useTranslations('Opinions');
  const progress = opinionProgress(opinion);
  if (progress === 'decided') return <Badge kind={opinion!.outcome!}>{t(`outcome.${opinion!.outcome!}`)}</Badge>;
  if (progress === 'submitted') return <Badge kind="submitted">{opinion!.late ? t('progress.submittedLate') : t('progress.submitted')}</Badge>;
  return <Badge kind={progress}>{t(`progress.${progress}`)}</Badge>;
}

/** A deadline as a date; past it, while the opinion is not submitted, marked overdue in words and with a sign. */
export function Deadline({ deadline, today, answered }: { deadline: string; today: string; answered: boolean }) {
  const t = useTranslations('Opinions');
  const format = useFormatter();
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span>{t('date', { date: format.dateTime(new Date(deadline), 'numeric') })}</span>
      {!answered && isOverdue(deadline, today) ? <Badge kind="overdue">{t('overdue')}</Badge> : null}
    </span>
  );
}
