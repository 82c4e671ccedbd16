import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { DecisionState } from '@/lib/opinions/register';
import type { OpinionStance } from '@/lib/workflow/opinions';

// Each stance and each state has its own word and its own shape, never only a colour.
const TICK = 'M4 10l4 4l8 -8';
const CROSS = 'M5 5l10 10M15 5l-10 10';
const CLOCK = 'M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M10 6v4l3 2';

const STANCE_ICONS: Record<OpinionStance, string> = {
  supports: TICK,
  supports_with_changes: 'M4 16l1 -4l8 -8l3 3l-8 8z', // pencil: with changes
  objects: CROSS,
  no_remarks: 'M5 10h10', // dash: nothing to add
};

const STATE_ICONS: Record<DecisionState, string> = {
  awaiting: CLOCK,
  accepted: TICK,
  partially_accepted: 'M3 10l3 3l6 -6M13 15h4', // tick and a bar: in part
  rejected: CROSS,
};

const STATE_STYLES: Record<DecisionState, string> = {
  awaiting: 'bg-amber-50 text-amber-900 ring-amber-300',
  accepted: 'bg-green-50 text-green-900 ring-green-300',
  partially_accepted: 'bg-blue-50 text-blue-900 ring-blue-300',
  rejected: 'bg-red-50 text-red-900 ring-red-300',
};

function Badge({ icon, className, children }: { icon: string; className: string; children: ReactNode }) {
  return (
    <span className={`inline-flex items-center gap-1.5 rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ${className}`}>
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d={icon} />
      </svg>
      {children}
    </span>
  );
}

export function StanceBadge({ stance }: { stance: OpinionStance }) {
  const t = useTranslations('Decisions');
  return (
    <Badge icon={STANCE_ICONS[stance]} className="bg-slate-50 text-slate-900 ring-slate-300">
      {t(`stances.${stance}`)}
    </Badge>
  );
}

/** Awaiting a decision, or the decision made. */
export function DecisionStateBadge({ state }: { state: DecisionState }) {
  const t = useTranslations('Decisions');
  return (
    <Badge icon={STATE_ICONS[state]} className={STATE_STYLES[state]}>
      {t(`states.${state}`)}
    </Badge>
  );
}

/** Submitted after the deadline, or a request past it. */
export function LateBadge({ label }: { label: string }) {
  return (
    <Badge icon={CLOCK} className="bg-amber-50 text-amber-900 ring-amber-300">
      {label}
    </Badge>
  );
}
