import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { FollowUpStatus, OutcomeState } from '@/lib/meetings/outcomes';

// Each state has its word and its own shape, never only a colour.
const OUTCOME = {
  held: { icon: 'M4 10l4 4l8 -8', className: 'bg-green-50 text-green-900 ring-green-300' }, // tick
  not_held: { icon: 'M5 5l10 10M15 5l-10 10', className: 'bg-red-50 text-red-900 ring-red-300' }, // cross
  missing: { icon: 'M10 3l8 14h-16zM10 8v4M10 14v1', className: 'bg-amber-50 text-amber-900 ring-amber-300' }, // warning
} as const;

/** Whether a begun meeting was held, was not, or has no outcome recorded yet. */
export function OutcomeBadge({ state }: { state: OutcomeState }) {
  const t = useTranslations('Outcomes');
  return <StatusBadge label={t(`state.${state}`)} {...OUTCOME[state]} />;
}

const FOLLOW_UP = {
  invited: { icon: 'M3 5h14v10h-14zM3 5l7 6l7 -6', className: 'bg-blue-50 text-blue-900 ring-blue-300' }, // envelope
  scheduled: { icon: 'M4 5h12v12h-12zM4 9h12M8 3v4M12 3v4', className: 'bg-amber-50 text-amber-900 ring-amber-300' }, // calendar
  held: { icon: 'M4 10l4 4l8 -8', className: 'bg-green-50 text-green-900 ring-green-300' }, // tick
  dropped: { icon: 'M4 10h12', className: 'bg-slate-100 text-slate-800 ring-slate-300' }, // dash
} as const;

export function FollowUpStatusBadge({ status }: { status: FollowUpStatus }) {
  const t = useTranslations('FollowUps');
  return <StatusBadge label={t(`status.${status}`)} {...FOLLOW_UP[status]} />;
}
