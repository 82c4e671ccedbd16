import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { MinutesProgress } from '@/lib/workflow/minutes';

// Every state has its word and its own shape, never only a colour.
const ICONS: Record<MinutesProgress, string> = {
  none: 'M4 10h12', // dash: nothing yet
  draft: 'M4 16l2-5l8-8l3 3l-8 8z', // pencil: being written
  submitted: 'M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M10 6v4l3 2', // clock: awaiting approval
  returned: 'M8 5l-5 5l5 5M3 10h10a4 4 0 0 1 0 8h-2', // arrow back: returned
  approved: 'M4 10l4 4l8 -8', // tick
};

const STYLES: Record<MinutesProgress, string> = {
  none: 'bg-slate-100 text-slate-800 ring-slate-300',
  draft: 'bg-amber-50 text-amber-900 ring-amber-300',
  submitted: 'bg-blue-50 text-blue-900 ring-blue-300',
  returned: 'bg-red-50 text-red-900 ring-red-300',
  approved: 'bg-green-50 text-green-900 ring-green-300',
};

/** Where a meeting's minutes stand, as a word with its own shape. */
export function MinutesStateBadge({ progress }: { progress: MinutesProgress }) {
  const t = useTranslations('Minutes');
  return <StatusBadge label={t(`states.${progress}`)} icon={ICONS[progress]} className={STYLES[progress]} />;
}
