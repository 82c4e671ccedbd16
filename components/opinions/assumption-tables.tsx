import { useTranslations } from 'next-intl';
import { DataTable } from '@/components/ui/data-table';
import { textLink } from '@/components/ui/styles';
import { currentTitle, type AssumptionSummary, type TeamRef } from '@/lib/db/assumptions';
import { Link } from '@/lib/i18n/navigation';
import { requestProgress } from '@/lib/opinions/requests';
import { ASSUMPTION_KINDS } from '@/lib/workflow/opinions';
import { AssumptionStatusBadge } from './assumption-status-badge';

/** A programme's assumptions by kind, then by team (in the teams' order), each team's in a table. */
export function AssumptionTables({ assumptions, teams }: { assumptions: AssumptionSummary[]; teams: TeamRef[] }) {
  const t = useTranslations('Assumptions');
  return ASSUMPTION_KINDS.map((kind) => {
    const ofKind = assumptions.filter((assumption) => assumption.kind === kind);
    return (
      <section key={kind} aria-labelledby={`kind-${kind}`} className="mb-10">
        <h2 id={`kind-${kind}`} className="mb-3 text-2xl font-semibold">
          {t(`kindHeading.${kind}`)}
        </h2>
        {ofKind.length === 0 ? <p>{t(`noneOfKind.${kind}`)}</p> : null}
        {teams.map((team) => {
          const rows = ofKind.filter((assumption) => assumption.team_id === team.id);
          if (rows.length === 0) return null;
          return (
            <DataTable
              key={team.id}
              className="mb-6"
              caption={t('teamTable', { team: team.name, count: rows.length })}
              columns={[t('number'), t('titleField'), t('statusLabel'), t('revision'), t('asked'), t('answered')]}
            >
              {rows.map((assumption) => {
                const progress = requestProgress(assumption.requests);
                return (
                  <tr key={assumption.id} className="border-b border-slate-200">
                    <td className="py-2 pr-4">{assumption.number}</td>
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={`/panel/zalozenia/${assumption.id}`} className={textLink}>
                        {currentTitle(assumption)}
                      </Link>
                    </th>
                    <td className="py-2 pr-4">
                      <AssumptionStatusBadge status={assumption.status} />
                    </td>
                    <td className="py-2 pr-4">{assumption.current_revision}</td>
                    <td className="py-2 pr-4">{progress.asked}</td>
                    <td className="py-2 pr-4">{progress.answered}</td>
                  </tr>
                );
              })}
            </DataTable>
          );
        })}
      </section>
    );
  });
}
