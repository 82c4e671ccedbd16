import { getTranslations } from 'next-intl/server';
import { textLink } from '@/components/ui/styles';
import type { CurrentUser } from '@/lib/auth/session';
import { listMyTeams } from '@/lib/db/assumptions';
import { Link } from '@/lib/i18n/navigation';
import { createUserClient } from '@/lib/supabase/server';

/** A moderator's home: where the assumptions of the teams they moderate are written, one link per programme. */
export async function ModeratorAssumptionsHome({ user }: { user: CurrentUser }) {
  if (user.role !== 'moderator') return null;
  const teams = await listMyTeams(createUserClient(user), user.id);
  if (teams.length === 0) return null;
  const programmes = [...new Map(teams.map((team) => [team.programme.id, team.programme])).values()];
  const t = await getTranslations('Assumptions');
  return (
    <section aria-labelledby="assumptions-home-heading" className="mb-10">
      <h2 id="assumptions-home-heading" className="mb-3 text-2xl font-semibold">
        {t('homeHeading')}
      </h2>
      <ul className="list-disc space-y-1 pl-5">
        {programmes.map((programme) => (
          <li key={programme.id}>
            <Link href={`/panel/programy/${programme.id}/zalozenia`} className={textLink}>
              {t('homeLink', { teams: teams.filter((team) => team.programme.id === programme.id).map((team) => team.name).join(', ') })}
            </Link>{' '}
            <span className="text-slate-700">({programme.title})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
