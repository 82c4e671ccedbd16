import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { RoundStatus } from '@/lib/workflow/round-status';

// Each status has its own word and its own shape, never only a colour.
const ICONS: Record<RoundStatus, string> = {
  planning: 'M4 10h12M10 4v12', // plus: still being put together
  consultation: 'M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M10 6v4l3 2', // clock: under way
  summarising: 'M5 5h10M5 10h10M5 15h6', // lines: being written up
  published: 'M5 3h7l3 3v11H5zM8 10h4M8 13h4', // a page: its summary is out
  closed: 'M4 10l4 4l8 -8', // tick: done
};

const STYLES: Record<RoundStatus, string> = {
  planning: 'bg-slate-100 text-slate-800 ring-slate-300',
  consultation: 'bg-blue-50 text-blue-900 ring-blue-300',
  summarising: 'bg-amber-50 text-amber-900 ring-amber-300',
  published: 'bg-indigo-50 text-indigo-900 ring-indigo-300',
  closed: 'bg-green-50 text-green-900 ring-green-300',
};

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const t = useTranslations('RoundStatus');
  return <StatusBadge label={t(status)} icon={ICONS[status]} className={STYLES[status]} />;
}
