import { getFormatter, getTranslations } from 'next-intl/server';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { listDepartmentRequests, type RequestRow } from '@/lib/db/opinions';
import { Link } from '@/lib/i18n/navigation';
import { departmentWork } from '@/lib/opinions/department-work';
import { createUserClient } from '@/lib/supabase/server';
import { Deadline, OpinionProgressBadge } from './opinion-status';

/**
 * The department's home, first: what needs it now. Requests not answered (overdue first), drafts
 * not submitted, decisions received lately; each with its count and links. Shown to those who
 * answer requests for opinions only.
 */
export async function DepartmentOpinionsHome({ user }: { user: CurrentUser }) {
  if (!can(user.role, 'opinions.submit') || !user.departmentId) return null;
  const t = await getTranslations('Opinions');
  const format = await getFormatter();
  const requests = await listDepartmentRequests(createUserClient(user), user.departmentId);
  const { toAnswer, drafts, decided } = departmentWork(requests, new Date());
  const today = todayInWarsaw();
  const label = (request: RequestRow) => t('assumptionLabel', { kind: request.assumption.kind, number: request.assumption.number, title: request.revision.title });
  const link = (request: RequestRow) => (
    <Link href={`/panel/opiniowanie/${request.id}`} className={textLink}>
      {label(request)}
    </Link>
  );
  const dueList = (items: RequestRow[]) => (
    <ul className="mt-2 space-y-2">
      {items.map((request) => (
        <li key={request.id}>
          {link(request)}
          <span className="mt-1 block text-sm">
            {t('deadline')}: <Deadline deadline={request.deadline} today={today} answered={false} />
          </span>
        </li>
      ))}
    </ul>
  );

  return (
    <section aria-labelledby="opinions-now-heading" className="mb-10">
      <h2 id="opinions-now-heading" className="mb-3 text-2xl font-semibold">
        {t('home.heading')}
      </h2>
      <ul className="grid gap-3 md:grid-cols-3">
        <li className="rounded-lg border border-slate-200 p-4">
          <h3 className="text-lg font-semibold">{t('home.toAnswer', { count: toAnswer.length })}</h3>
          {dueList(toAnswer)}
        </li>
        <li className="rounded-lg border border-slate-200 p-4">
          <h3 className="text-lg font-semibold">{t('home.drafts', { count: drafts.length })}</h3>
          {dueList(drafts)}
        </li>
        <li className="rounded-lg border border-slate-200 p-4">
          <h3 className="text-lg font-semibold">{t('home.decided', { count: decided.length })}</h3>
          <ul className="mt-2 space-y-2">
            {decided.map((request) => (
              <li key={request.id}>
                {link(request)}
                <span className="mt-1 flex flex-wrap items-center gap-2 text-sm">
                  <OpinionProgressBadge opinion={request.opinion} />
                  {t('date', { date: format.dateTime(new Date(request.opinion!.decided_at!), 'numeric') })}
                </span>
              </li>
            ))}
          </ul>
        </li>
      </ul>
      <p className="mt-3">
        <Link href="/panel/opiniowanie" className={textLink}>
          {t('home.allRequests', { count: requests.length })}
        </Link>
      </p>
    </section>
  );
}
