import { useTranslations } from 'next-intl';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import type { AppRole } from '@/lib/auth/roles';
import { Link } from '@/lib/i18n/navigation';

/** On a round's page, for those who decide on opinions: its review queue and its register (items of the page's list of links). */
export function RoundOpinionLinks({ roundId, role }: { roundId: string; role: AppRole }) {
  const t = useTranslations('Decisions');
  if (!can(role, 'opinions.decide')) return null;
  return (
    <>
      <li>
        <Link href={`/panel/tury/${roundId}/decyzje`} className={textLink}>
          {t('queueTitle')}
        </Link>
      </li>
      <li>
        <Link href={`/panel/tury/${roundId}/rejestr`} className={textLink}>
          {t('registerLink')}
        </Link>
      </li>
    </>
  );
}

/** Under the review queue's and the register's headings: the other of the two, and back to the round. */
export function OpinionPagesNav({ roundId, current }: { roundId: string; current: 'queue' | 'register' }) {
  const t = useTranslations('Decisions');
  const other = current === 'queue' ? { href: `/panel/tury/${roundId}/rejestr`, label: t('toRegister') } : { href: `/panel/tury/${roundId}/decyzje`, label: t('queueTitle') };
  return (
    <ul className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
      <li>
        <Link href={other.href} className={textLink}>
          {other.label}
        </Link>
      </li>
      <li>
        <Link href={`/panel/tury/${roundId}`} className={textLink}>
          {t('backToRound')}
        </Link>
      </li>
    </ul>
  );
}
