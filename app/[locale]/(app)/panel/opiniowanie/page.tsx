import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DepartmentRequestTable } from '@/components/opinions/department-request-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { listDepartmentRequests } from '@/lib/db/opinions';
import { titleFrom } from '@/lib/i18n/metadata';
import { groupByRound } from '@/lib/opinions/department-work';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Opinions', 'listTitle');

/** The department's requests for opinions, per round, oldest deadline first: where the e-mails lead. */
export default async function DepartmentOpinionsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('opinions.submit');
  const t = await getTranslations('Opinions');
  const requests = user.departmentId ? await listDepartmentRequests(createUserClient(user), user.departmentId) : [];
  const today = todayInWarsaw();

  return (
    <>
      <PageHeading title={t('listTitle')} lead={t('listLead')} />
      {requests.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        groupByRound(requests).map(({ round, requests: ofRound }) => (
          <section key={round.id} id={`tura-${round.id}`} aria-labelledby={`round-${round.id}`} className="mb-10">
            <h2 id={`round-${round.id}`} className="mb-3 text-2xl font-semibold">
              {round.title}
            </h2>
            <DepartmentRequestTable caption={t('tableCaption', { count: ofRound.length })} requests={ofRound} today={today} />
          </section>
        ))
      )}
    </>
  );
}
