import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { OutcomeBadge } from '@/components/meetings/badges';
import { IssueVersionForm } from '@/components/planning/issue-version-form';
import { ScheduleChanges } from '@/components/schedule/schedule-changes';
import { ScheduleTable } from '@/components/schedule/schedule-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { primaryButton, secondaryButton, textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { listRoundOutcomes } from '@/lib/db/outcomes';
import { scheduleRecipientCount } from '@/lib/db/planning';
import { planningContext } from '@/lib/db/planning-context';
import { listMeetings } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { diffSchedules } from '@/lib/schedule/diff';
import { outcomeState } from '@/lib/meetings/outcomes';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { meetingLabel } from '@/lib/schedule/labels';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Planning', 'metaTitle');

/** The coordinator's view of a round's schedule: the draft, what changed since the last version, and issuing the next. */
export default async function PlanningPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('schedule.manage');
  const client = createUserClient(user);
  const context = isUuid(id) ? await planningContext(client, id) : null;
  if (!context) notFound();
  const { round, versions, vacantTeamIds } = context;
  const [draft, recipients, outcomes] = await Promise.all([listMeetings(client, round.id), scheduleRecipientCount(client, round.id), listRoundOutcomes(client, round.id)]);
  const now = new Date();
  const latest = versions[0];
  const t = await getTranslations('Planning');
  const tIssue = await getTranslations('Issue');
  const tOutcomes = await getTranslations('Outcomes');
  const format = await getFormatter();
  const open = round.status === 'planning' || round.status === 'consultation';

  return (
    <>
      <PageHeading title={t('title', { round: round.title })} lead={latest ? t('latest', { version: latest.number, date: format.dateTime(new Date(latest.as_of), 'numeric') }) : t('notIssued')} />
      <SavedNotice saved={(await searchParams).saved} />
      <ul className="mb-8 flex flex-wrap gap-3">
        <li>
          <Link href={`/panel/tury/${round.id}/harmonogram/nowe`} className={`inline-block ${primaryButton}`}>
            {t('addMeeting')}
          </Link>
        </li>
        <li>
          <Link href={`/panel/tury/${round.id}/harmonogram/import`} className={`inline-block ${secondaryButton}`}>
            {t('import')}
          </Link>
        </li>
        {round.is_public ? (
          <li className="self-center">
            <Link href={`/tury/${round.id}`} className={textLink}>
              {t('publicPage')}
            </Link>
          </li>
        ) : null}
      </ul>

      <section aria-labelledby="draft-heading" className="mb-10">
        <h2 id="draft-heading" className="mb-3 text-2xl font-semibold">
          {t('draft')}
        </h2>
        {draft.length === 0 ? (
          <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
        ) : (
          <ScheduleTable
            meetings={draft}
            caption={t('draftCaption', { count: draft.filter((meeting) => !meeting.cancelled).length })}
            vacantTeamIds={vacantTeamIds}
            extra={{
              header: t('actions'),
              cell: (meeting) => (
                <>
                  <Link href={`/panel/spotkania/${meeting.id}`} className={textLink} aria-label={t('editMeeting', { team: meetingLabel(meeting) })}>
                    {t('edit')}
                  </Link>
                  {!meeting.cancelled && new Date(meeting.startsAt) <= now ? (
                    <span className="mt-1 flex flex-wrap items-center gap-2">
                      <OutcomeBadge state={outcomeState(outcomes.get(meeting.id))} />
                      <Link href={`/panel/spotkania/${meeting.id}/przebieg`} className={textLink} aria-label={tOutcomes('recordLinkLabel', { meeting: meetingLabel(meeting) })}>
                        {tOutcomes('recordLink')}
                      </Link>
                    </span>
                  ) : null}
                </>
              ),
            }}
          />
        )}
      </section>

      {latest ? (
        <section aria-labelledby="changes-heading" className="mb-10">
          <h2 id="changes-heading" className="mb-3 text-2xl font-semibold">
            {t('changesSinceLatest', { version: latest.number })}
          </h2>
          <ScheduleChanges changes={diffSchedules(latest.meetings, draft)} />
        </section>
      ) : null}

      <section aria-labelledby="issue-heading">
        <h2 id="issue-heading" className="mb-3 text-2xl font-semibold">
          {tIssue('heading')}
        </h2>
        {open && recipients === 0 ? (
          <div role="note" aria-labelledby="no-recipients-heading" className="mb-4 max-w-2xl rounded border-2 border-amber-700 bg-amber-50 p-4">
            <h3 id="no-recipients-heading" className="mb-2 text-lg font-semibold">
              {tIssue('noRecipientsTitle')}
            </h3>
            <p>{tIssue('noRecipientsText')}</p>
            <Link href={`/panel/tury/${round.id}#departments-heading`} className={`mt-2 inline-block ${textLink}`}>
              {tIssue('noRecipientsLink')}
            </Link>
          </div>
        ) : null}
        {open ? (
          <IssueVersionForm roundId={round.id} today={todayInWarsaw()} nextVersion={(latest?.number ?? 0) + 1} recipients={recipients} />
        ) : (
          <p>{tIssue('closedRound')}</p>
        )}
      </section>
    </>
  );
}
