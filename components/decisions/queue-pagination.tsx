import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { textLink } from '@/components/ui/styles';

/** Links to the previous and next page of the queue, and where in it you are. Plain links: no script needed. */
export function QueuePagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const t = useTranslations('Decisions');
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('queuePages')} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={textLink} rel="prev">
          {t('previousPage')}
        </Link>
      ) : null}
      <p>{t('pageOf', { page, pages })}</p>
      {page < pages ? (
        <Link href={href(page + 1)} className={textLink} rel="next">
          {t('nextPage')}
        </Link>
      ) : null}
    </nav>
  );
}
