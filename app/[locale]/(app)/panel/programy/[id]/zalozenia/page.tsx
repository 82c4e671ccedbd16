import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AssumptionTables } from '@/components/opinions/assumption-tables';
import { OpenAssumptionsForm } from '@/components/opinions/open-assumptions-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { primaryButton } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import { currentTitle, listAssumptions } from '@/lib/db/assumptions';
import { requireProgrammeToWrite } from '@/lib/opinions/access';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Assumptions', 'listTitle');

/** A programme's assumptions: every team's for the coordinator, a moderator's own teams' for them. */
export default async function AssumptionsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, client, programme, teams } = await requireProgrammeToWrite(id);
  const t = await getTranslations('Assumptions');
  const assumptions = teams.length > 0 ? await listAssumptions(client, programme.id, teams.map((team) => team.id)) : [];
  const drafts = can(user.role, 'assumptions.open') ? assumptions.filter((assumption) => assumption.status === 'draft') : [];
  const listUrl = `/panel/programy/${programme.id}/zalozenia`;

  return (
    <>
      <PageHeading title={t('listTitle')} lead={programme.title} />
      <SavedNotice saved={(await searchParams).saved} notices={{ opened: t('saved.opened') }} />
      {teams.length === 0 ? (
        <EmptyState title={t('noTeamsTitle')}>{t('noTeamsText')}</EmptyState>
      ) : (
        <>
          {can(user.role, 'teams.manage') ? null : <p className="mb-6">{t('moderatorScope', { teams: teams.map((team) => team.name).join(', ') })}</p>}
          <Link href={`${listUrl}/nowe`} className={`mb-8 inline-block ${primaryButton}`}>
            {t('add')}
          </Link>
          {assumptions.length === 0 ? (
            <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
          ) : (
            <AssumptionTables assumptions={assumptions} teams={teams} />
          )}
          {drafts.length > 0 ? (
            <section aria-labelledby="open-heading">
              <h2 id="open-heading" className="mb-3 text-2xl font-semibold">
                {t('openHeading')}
              </h2>
              <p className="mb-4 max-w-3xl">{t('openText')}</p>
              <OpenAssumptionsForm
                returnTo={listUrl}
                choices={drafts.map((draft) => ({ id: draft.id, label: t('label', { kind: draft.kind, number: draft.number, title: currentTitle(draft) }) }))}
              />
            </section>
          ) : null}
        </>
      )}
    </>
  );
}
