import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DepartmentFollowUps } from '@/components/meetings/department-follow-ups';
import { MeetingFlags } from '@/components/meetings/meeting-flags';
import { MinutesHome } from '@/components/minutes/minutes-home';
import { ModeratorAssumptionsHome } from '@/components/opinions/assumptions-home';
import { DecisionsHome } from '@/components/opinions/decisions-home';
import { DepartmentOpinionsHome } from '@/components/opinions/department-opinions-home';
import { RoundTable } from '@/components/rounds/round-list';
import { VacantBadge } from '@/components/schedule/vacant-badge';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listUsers } from '@/lib/db/profiles';
import { listRounds } from '@/lib/db/rounds';
import { listModeratedTeams, listParticipatingRoundIds, listVacantTeams } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Home', 'panelTitle');

/** Each role's home: what needs them now, first. */
export default async function PanelHomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const t = await getTranslations('Home');
  const client = createUserClient(user);
  // Coordinators oversee every round; others see the rounds they take part in (RLS also shows them public ones).
  const coordinator = can(user.role, 'rounds.read_all');
  const visible = await listRounds(client, { excludeClosed: !coordinator });
  const participating = coordinator ? null : await listParticipatingRoundIds(client, user);
  const rounds = participating ? visible.filter((round) => participating.has(round.id)) : visible;
  const users = can(user.role, 'users.manage') ? await listUsers(client) : [];
  const vacant = can(user.role, 'teams.manage') ? await listVacantTeams(client) : [];
  const myTeams = user.role === 'moderator' ? await listModeratedTeams(client, user.id) : [];
  const planning = rounds.filter((round) => round.status === 'planning').length;
  const tTeams = await getTranslations('Teams');

  return (
    <>
      <PageHeading title={t('panelTitle')} lead={t(`lead.${user.role}`)} />
      <DepartmentOpinionsHome user={user} />
      <DepartmentFollowUps user={user} />
      {coordinator ? (
        <section aria-labelledby="now-heading" className="mb-10">
          <h2 id="now-heading" className="mb-3 text-2xl font-semibold">
            {t('now')}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            <li className="rounded-lg border border-slate-200 p-4">
              <p className="text-lg">{t('roundsInPlanning', { count: planning })}</p>
              <Link href="/panel/programy" className={textLink}>
                {t('goToProgrammes')}
              </Link>
            </li>
            <li className="rounded-lg border border-slate-200 p-4 sm:col-span-2">
              <h3 className="text-lg font-semibold">
                {tTeams('vacantTeams')}: {vacant.length}
              </h3>
              {vacant.length === 0 ? (
                <p>{tTeams('noVacantTeams')}</p>
              ) : (
                <ul className="mt-1 list-disc pl-5">
                  {vacant.map((team) => (
                    <li key={team.id}>
                      <Link href={`/panel/zespoly/${team.id}`} className={textLink}>
                        {team.name}
                      </Link>{' '}
                      <VacantBadge />
                    </li>
                  ))}
                </ul>
              )}
            </li>
            <MeetingFlags user={user} />
            <li className="rounded-lg border border-slate-200 p-4">
              <p className="text-lg">{t('activeUsers', { count: users.filter((profile) => profile.active).length })}</p>
              <Link href="/panel/uzytkownicy" className={textLink}>
                {t('goToUsers')}
              </Link>
            </li>
          </ul>
        </section>
      ) : null}
      <DecisionsHome user={user} />
      <MinutesHome user={user} />
      {user.role === 'moderator' ? (
        <section aria-labelledby="teams-heading" className="mb-10">
          <h2 id="teams-heading" className="mb-3 text-2xl font-semibold">
            {tTeams('myTeams')}
          </h2>
          {myTeams.length === 0 ? (
            <p>{tTeams('noTeams')}</p>
          ) : (
            <ul className="list-disc pl-5">
              {myTeams.map((team) => (
                <li key={team.id}>
                  <Link href={`/panel/zespoly/${team.id}`} className={textLink}>
                    {team.name}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      <ModeratorAssumptionsHome user={user} />
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading" className="mb-3 text-2xl font-semibold">
          {coordinator ? t('allRounds') : t('myRounds')}
        </h2>
        {rounds.length > 0 ? (
          <RoundTable rounds={rounds} caption={t('roundsCount', { count: rounds.length })} editable={coordinator} />
        ) : (
          <EmptyState title={coordinator ? t('noRoundsCoordinator') : t('noRoundsStaff')}>
            {coordinator ? (
              <Link href="/panel/programy/nowy" className={textLink}>
                {t('createProgramme')}
              </Link>
            ) : (
              t('noRoundsStaffHelp')
            )}
          </EmptyState>
        )}
      </section>
    </>
  );
}
