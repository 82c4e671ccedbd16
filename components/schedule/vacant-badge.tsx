import { useTranslations } from 'next-intl';

/** A team with no moderator now: said in words with a mark, wherever the team appears. */
export function VacantBadge() {
  const t = useTranslations('Teams');
  return (
    <span className="ml-2 inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-sm font-medium text-amber-900 ring-1 ring-amber-300">
      <span aria-hidden="true">⚠</span>
      {t('vacant')}
    </span>
  );
}
