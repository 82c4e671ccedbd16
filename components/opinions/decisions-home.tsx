import { getTranslations } from 'next-intl/server';
import { LateBadge } from '@/components/decisions/badges';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { countAwaitingDecision, listOverdueRequests } from '@/lib/db/decisions';
import { listRounds } from '@/lib/db/rounds';
import { Link } from '@/lib/i18n/navigation';
import { queueQuery } from '@/lib/schemas/decisions';
import { createUserClient } from '@/lib/supabase/server';

/** The overdue requests of a round, per department: how many, and since when. */
function byDepartment(requests: { deadline: string; department: { id: string; name: string } }[]) {
  const departments = new Map<string, { id: string; name: string; count: number; since: string }>();
  for (const { deadline, department } of requests) {
    const entry = departments.get(department.id) ?? { ...department, count: 0, since: deadline };
    entry.count++;
    if (deadline < entry.since) entry.since = deadline;
    departments.set(department.id, entry);
  }
  return [...departments.values()];
}

/** The coordinator's home, for opinions: per open round, what awaits a decision and which departments are overdue. */
export async function DecisionsHome({ user }: { user: CurrentUser }) {
  if (!can(user.role, 'opinions.decide')) return null;
  const client = createUserClient(user);
  const today = todayInWarsaw();
  const rounds = await listRounds(client, { excludeClosed: true });
  const perRound = await Promise.all(
    rounds.map(async (round) => ({
      round,
      awaiting: await countAwaitingDecision(client, round.id),
      overdue: byDepartment(await listOverdueRequests(client, round.id, today)),
    })),
  );
  const shown = perRound.filter(({ awaiting, overdue }) => awaiting > 0 || overdue.length > 0);
  const t = await getTranslations('Decisions');
  const tDates = await getTranslations('Dates');

  return (
    <section aria-labelledby="decisions-home-heading" className="mb-10">
      <h2 id="decisions-home-heading" className="mb-3 text-2xl font-semibold">
        {t('homeTitle')}
      </h2>
      {shown.length === 0 ? (
        <p>{t('homeNothing')}</p>
      ) : (
        <ul className="grid gap-3">
          {shown.map(({ round, awaiting, overdue }) => (
            <li key={round.id} className="rounded-lg border border-slate-200 p-4">
              <h3 className="text-lg font-semibold">{round.title}</h3>
              <p className="mt-1">
                {t('homeAwaiting', { count: awaiting })}
                {awaiting > 0 ? (
                  <>
                    {' '}
                    <Link href={`/panel/tury/${round.id}/decyzje${queueQuery({ state: 'awaiting' })}`} className={textLink}>
                      {t('homeToQueue')}
                    </Link>
                  </>
                ) : null}
              </p>
              <p className="mt-2">{t('homeOverdue', { count: overdue.length })}</p>
              {overdue.length > 0 ? (
                <ul className="mt-1 space-y-1">
                  {overdue.map((department) => (
                    <li key={department.id} className="flex flex-wrap items-center gap-2">
                      <LateBadge label={t('overdue')} />
                      {t('homeOverdueDepartment', { department: department.name, count: department.count, since: tDates('day', { date: new Date(department.since) }) })}
                    </li>
                  ))}
                </ul>
              ) : null}
              <p className="mt-2">
                <Link href={`/panel/tury/${round.id}/rejestr`} className={textLink}>
                  {t('homeToRegister')}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
