import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { NewTeamForm } from '@/components/planning/team-forms';
import { VacantBadge } from '@/components/schedule/vacant-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { getProgramme } from '@/lib/db/programmes';
import { currentModerator, listTeams } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { DataTable } from '@/components/ui/data-table';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Teams', 'title');

export default async function TeamsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('teams.manage');
  const client = createUserClient(user);
  const programme = isUuid(id) ? await getProgramme(client, id) : null;
  if (!programme) notFound();
  const teams = await listTeams(client, programme.id);
  const t = await getTranslations('Teams');
  const format = await getFormatter();
  return (
    <>
      <PageHeading title={t('title')} lead={programme.title} />
      {teams.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <DataTable className="mb-10" caption={t('count', { count: teams.length })} columns={[t('name'), t('moderator')]}>
          {teams.map((team) => {
            const moderator = currentModerator(team);
            return (
              <tr key={team.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">
                  <Link href={`/panel/zespoly/${team.id}`} className={textLink}>
                    {team.name}
                  </Link>
                </th>
                <td className="py-2 pr-4">
                  {moderator ? t('moderatorSince', { name: moderator.profile?.full_name ?? '', date: format.dateTime(new Date(moderator.starts_on), 'numeric') }) : <VacantBadge />}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <section aria-labelledby="new-team-heading">
        <h2 id="new-team-heading" className="mb-3 text-2xl font-semibold">
          {t('addTeam')}
        </h2>
        <NewTeamForm programmeId={programme.id} />
      </section>
    </>
  );
}
