import { useTranslations } from 'next-intl';

/** Active or not, in words and with a mark, never by colour alone. */
export function ActiveBadge({ active }: { active: boolean }) {
  const t = useTranslations('Users');
  return (
    <span className={active ? 'text-green-900' : 'text-slate-700'}>
      <span aria-hidden="true">{active ? '✓ ' : '✕ '}</span>
      {active ? t('active') : t('inactive')}
    </span>
  );
}
