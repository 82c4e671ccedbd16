import { useTranslations } from 'next-intl';
import { StatusBadge } from '@/components/ui/status-badge';
import type { AssumptionStatus } from '@/lib/db/assumptions';

const ICONS: Record<AssumptionStatus, string> = {
  draft: 'M13 3l4 4l-10 10h-4v-4z', // pencil: still being written
  open: 'M3 4h14v9h-9l-4 3v-3h-1z', // speech bubble: open for opinions
};

const STYLES: Record<AssumptionStatus, string> = {
  draft: 'bg-slate-100 text-slate-800 ring-slate-300',
  open: 'bg-blue-50 text-blue-900 ring-blue-300',
};

export function AssumptionStatusBadge({ status }: { status: AssumptionStatus }) {
  const t = useTranslations('Assumptions');
  return <StatusBadge label={t(`status.${status}`)} icon={ICONS[status]} className={STYLES[status]} />;
}
