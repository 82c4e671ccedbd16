import { getFormatter, getTranslations } from 'next-intl/server';
import { Section } from '@/components/ui/section';
import { can } from '@/lib/auth/permissions';
import type { CurrentUser } from '@/lib/auth/session';
import type { MeetingOutcome } from '@/lib/db/outcomes';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { OutcomeBadge } from './badges';
import { OutcomeForm } from './outcome-form';

interface Props {
  user: CurrentUser;
  meeting: ScheduleMeeting;
  outcome: MeetingOutcome | null;
  signedUp: string[];
  /** The round's departments, by name. */
  departments: { id: string; name: string }[];
  now: Date;
}

/**
 * Whether the meeting was held: recorded by the coordinators once it has begun, read by the
 * team's moderator. Before the start it says when it can be recorded.
 */
export async function OutcomeSection({ user, meeting, outcome, signedUp, departments, now }: Props) {
  const t = await getTranslations('Outcomes');
  const format = await getFormatter();
  if (meeting.cancelled) return null;
  const begun = new Date(meeting.startsAt) <= now;
  const recorder = can(user.role, 'meetings.record_outcome');
  const departmentName = new Map(departments.map((department) => [department.id, department.name]));
  return (
    <Section id="outcome" title={t('heading')}>
      {!begun ? (
        <p>{t('notYet', { date: format.dateTime(new Date(meeting.startsAt), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      ) : (
        <>
          {outcome ? (
            <div className="mb-6 max-w-3xl space-y-2">
              <p>
                <OutcomeBadge state={outcome.held ? 'held' : 'not_held'} />{' '}
                <span className="text-sm text-slate-700">{t('recordedAt', { date: format.dateTime(new Date(outcome.recorded_at), { dateStyle: 'long', timeStyle: 'short' }) })}</span>
              </p>
              {outcome.held ? (
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
                  <dt className="font-semibold">{t('organisationCount')}</dt>
                  <dd>{outcome.organisation_count}</dd>
                  <dt className="font-semibold">{t('organisationsPresent')}</dt>
                  <dd>{outcome.organisations.length > 0 ? outcome.organisations.join(', ') : t('noneListed')}</dd>
                  <dt className="font-semibold">{t('departmentsPresent')}</dt>
                  <dd>{outcome.departments.length > 0 ? outcome.departments.map((row) => departmentName.get(row.department_id) ?? '').filter(Boolean).join(', ') : t('noneListed')}</dd>
                </dl>
              ) : (
                <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr] sm:gap-y-2">
                  <dt className="font-semibold">{t('reason')}</dt>
                  <dd>{outcome.not_held_reason ? t(`reason_${outcome.not_held_reason}`) : null}</dd>
                  {outcome.note ? (
                    <>
                      <dt className="font-semibold">{t('note')}</dt>
                      <dd className="whitespace-pre-wrap">{outcome.note}</dd>
                    </>
                  ) : null}
                </dl>
              )}
            </div>
          ) : (
            <p className="mb-6">
              <OutcomeBadge state="missing" /> {recorder ? t('recordNow') : t('awaitingCoordinator')}
            </p>
          )}
          {recorder ? (
            <>
              {outcome ? <h3 className="mb-3 text-lg font-semibold">{t('correctHeading')}</h3> : null}
              <OutcomeForm meetingId={meeting.id} outcome={outcome} signedUp={signedUp} departments={departments} />
            </>
          ) : null}
        </>
      )}
    </Section>
  );
}
