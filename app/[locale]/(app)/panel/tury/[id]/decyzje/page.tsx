import { getTranslations, setRequestLocale } from 'next-intl/server';
import { QueueFilterForm } from '@/components/decisions/queue-filters';
import { QueuePagination } from '@/components/decisions/queue-pagination';
import { ReviewQueueTable } from '@/components/decisions/review-queue-table';
import { OpinionPagesNav } from '@/components/decisions/round-opinion-links';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requireRound } from '@/lib/auth/session';
import { listReviewQueue, QUEUE_PAGE_SIZE } from '@/lib/db/decisions';
import { listDepartments } from '@/lib/db/departments';
import { listTeams } from '@/lib/db/schedule';
import { titleFrom } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { queueQuery, readQueueFilters } from '@/lib/schemas/decisions';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = titleFrom('Decisions', 'queueTitle');

/** The coordinator's review queue of a round: submitted opinions, oldest first, filtered by the address. */
export default async function ReviewQueuePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('opinions.decide', id);
  const filters = readQueueFilters(await searchParams);
  const [queue, teams, departments] = await Promise.all([listReviewQueue(client, round.id, filters), listTeams(client, round.programme_id), listDepartments(client)]);
  const t = await getTranslations('Decisions');
  const base = `/panel/tury/${round.id}/decyzje`;
  const pages = Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE));
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'page' && value !== undefined);

  return (
    <>
      <PageHeading title={t('queueTitle')} lead={t('queueLead', { round: round.title })} />
      <OpinionPagesNav roundId={round.id} current="queue" />
      <QueueFilterForm
        filters={filters}
        teams={teams.map((team) => ({ value: team.id, label: team.name }))}
        departments={departments.filter((department) => department.kind !== 'coordinating').map((department) => ({ value: department.id, label: department.name }))}
        clearHref={base}
      />
      {queue.rows.length > 0 ? (
        <>
          <ReviewQueueTable rows={queue.rows} caption={t('queueCaption', { count: queue.total, page: filters.page, pages })} />
          <QueuePagination page={filters.page} pages={pages} href={(page) => `${base}${queueQuery({ ...filters, page })}`} />
        </>
      ) : queue.total > 0 ? (
        <EmptyState title={t('noSuchPage')}>
          <Link href={`${base}${queueQuery({ ...filters, page: 1 })}`} className={textLink}>
            {t('firstPage')}
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title={filtered ? t('noMatches') : t('queueEmpty')}>{filtered ? t('noMatchesHelp') : t('queueEmptyHelp')}</EmptyState>
      )}
    </>
  );
}
