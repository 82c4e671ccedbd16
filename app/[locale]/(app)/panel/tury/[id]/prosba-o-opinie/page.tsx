import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RequestOpinionsForm, type AssumptionGroup } from '@/components/opinions/request-opinions-form';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requireRound } from '@/lib/auth/session';
import { currentTitle, listAssumptions } from '@/lib/db/assumptions';
import { listDepartments } from '@/lib/db/departments';
import { countDepartmentStaff } from '@/lib/db/opinion-requests';
import { listRoundDepartmentIds } from '@/lib/db/planning';
import { listTeams } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { roundTakesRequests } from '@/lib/opinions/requests';
import { ASSUMPTION_KINDS } from '@/lib/workflow/opinions';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('OpinionRequests', 'title');

/** The coordinator asks departments taking part in the round for opinions on the programme's open assumptions. */
export default async function RequestOpinionsPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { client, round } = await requireRound('opinions.request', id);
  const t = await getTranslations('OpinionRequests');
  const tStatus = await getTranslations('RoundStatus');

  const taking = new Set(await listRoundDepartmentIds(client, round.id));
  const departments = (await listDepartments(client)).filter((department) => taking.has(department.id));
  const staff = await countDepartmentStaff(client, [...taking]);
  const teams = await listTeams(client, round.programme_id);
  const open = (await listAssumptions(client, round.programme_id, teams.map((team) => team.id))).filter((assumption) => assumption.status === 'open');
  const groups: AssumptionGroup[] = ASSUMPTION_KINDS.map((kind) => ({
    kind,
    teams: teams
      .map((team) => ({
        id: team.id,
        name: team.name,
        assumptions: open
          .filter((assumption) => assumption.kind === kind && assumption.team_id === team.id)
          .map((assumption) => ({ id: assumption.id, number: assumption.number, title: currentTitle(assumption), revision: assumption.current_revision })),
      }))
      .filter((team) => team.assumptions.length > 0),
  })).filter((group) => group.teams.length > 0);

  const assumptionsUrl = `/panel/programy/${round.programme_id}/zalozenia`;
  return (
    <>
      <PageHeading title={t('title')} lead={round.title} />
      {!roundTakesRequests(round.status) ? (
        <EmptyState title={t('roundClosedTitle')}>{t('roundClosedText', { status: tStatus(round.status) })}</EmptyState>
      ) : departments.length === 0 ? (
        <EmptyState title={t('noDepartmentsTitle')}>
          {t('noDepartmentsText')}{' '}
          <Link href={`/panel/tury/${round.id}`} className={textLink}>
            {t('goToRound')}
          </Link>
        </EmptyState>
      ) : groups.length === 0 ? (
        <EmptyState title={t('noAssumptionsTitle')}>
          {t('noAssumptionsText')}{' '}
          <Link href={assumptionsUrl} className={textLink}>
            {t('goToAssumptions')}
          </Link>
        </EmptyState>
      ) : (
        <RequestOpinionsForm
          roundId={round.id}
          departments={departments.map((department) => ({ id: department.id, name: department.name, staff: staff[department.id] ?? 0 }))}
          groups={groups}
        />
      )}
      <ul className="mt-8 space-y-2">
        <li>
          <Link href={assumptionsUrl} className={textLink}>
            {t('goToAssumptions')}
          </Link>
        </li>
        <li>
          <Link href={`/panel/tury/${round.id}`} className={textLink}>
            {t('goToRound')}
          </Link>
        </li>
      </ul>
    </>
  );
}
