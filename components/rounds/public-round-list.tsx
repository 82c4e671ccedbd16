import { useTranslations } from 'next-intl';
import type { PublicRound } from '@/lib/db/rounds';
import { EmptyState } from '@/components/ui/empty-state';
import { textLink } from '@/components/ui/styles';
import { Link } from '@/lib/i18n/navigation';
import { RoundDates } from './round-dates';
import { RoundStatusBadge } from './round-status-badge';

export function PublicRoundList({ rounds }: { rounds: PublicRound[] }) {
  const t = useTranslations('Home');
  if (rounds.length === 0) {
    return <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>;
  }
  return (
    <ul className="grid gap-4" aria-labelledby="rounds-heading" aria-describedby="rounds-count">
      {rounds.map((round) => (
        <li key={round.id} className="rounded-lg border border-slate-200 p-5 shadow-sm">
          <h3 className="text-xl font-semibold text-slate-900">
            <Link href={`/tury/${round.id}`} className={textLink}>
              {round.title}
            </Link>
          </h3>
          <dl className="mt-3 grid gap-x-6 gap-y-2 text-slate-700 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-900">{t('programme')}</dt>
            <dd>{round.programme.title}</dd>
            <dt className="font-medium text-slate-900">{t('status')}</dt>
            <dd>
              <RoundStatusBadge status={round.status} />
            </dd>
            <dt className="font-medium text-slate-900">{t('dates')}</dt>
            <dd>
              <RoundDates startsOn={round.starts_on} endsOn={round.ends_on} />
            </dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
