import { getFormatter, getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { Section } from '@/components/ui/section';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import { listDepartmentFollowUps } from '@/lib/db/follow-ups';
import { createUserClient } from '@/lib/supabase/server';
import { FollowUpStatusBadge } from './badges';
import { FollowUpUpdateForm } from './follow-up-update-form';

/** On the department's home: the talks organisations were invited to with it, open ones first, each with its form. */
export async function DepartmentFollowUps({ user }: { user: CurrentUser }) {
  if (!can(user.role, 'follow_ups.update') || !user.departmentId) return null;
  const t = await getTranslations('FollowUps');
  const format = await getFormatter();
  const followUps = await listDepartmentFollowUps(createUserClient(user), user.departmentId);
  const open = followUps.filter((followUp) => followUp.status === 'invited' || followUp.status === 'scheduled').length;
  return (
    <Section id="department-follow-ups" title={t('homeHeading', { count: open })} className="mb-10">
      {followUps.length === 0 ? (
        <EmptyState title={t('homeEmptyTitle')}>{t('homeEmptyText')}</EmptyState>
      ) : (
        <ul className="space-y-4">
          {followUps.map((followUp) => (
            <li key={followUp.id} className="rounded-lg border border-slate-200 p-4">
              <h3 className="text-lg font-semibold">
                {followUp.organisation} <FollowUpStatusBadge status={followUp.status} />
              </h3>
              <p className="mt-1 whitespace-pre-wrap">{followUp.subject}</p>
              <p className="mt-1 mb-4 text-sm text-slate-700">
                {t('fromMeeting', {
                  team: followUp.team.name,
                  round: followUp.round.title,
                  date: format.dateTime(new Date(followUp.outcome.meeting.starts_at), { dateStyle: 'long' }),
                })}
              </p>
              <FollowUpUpdateForm followUp={followUp} />
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
