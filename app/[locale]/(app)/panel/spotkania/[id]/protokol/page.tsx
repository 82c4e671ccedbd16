import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ApprovedBy, MinutesHistory } from '@/components/minutes/minutes-history';
import { MinutesContent } from '@/components/minutes/minutes-content';
import { MinutesEditor } from '@/components/minutes/minutes-editor';
import { MinutesStateBadge } from '@/components/minutes/minutes-state';
import { ReviewMinutesForm } from '@/components/minutes/review-minutes-form';
import { MeetingTime } from '@/components/schedule/meeting-time';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { getMeetingRecord } from '@/lib/db/meeting-record';
import { draftOfMinutes, getOutcomeForMinutes, listMinutesRevisions, minutesTextOf } from '@/lib/db/minutes';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { attendanceFromOutcome } from '@/lib/minutes/attendance';
import { EMPTY_MINUTES } from '@/lib/minutes/draft';
import { meetingLabel } from '@/lib/schedule/labels';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { allowedMinutesMoves, minutesActor } from '@/lib/workflow/minutes';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ stan?: string; korekta?: string }>;
}

export const generateMetadata = titleFrom('Minutes', 'title');

const NOTICES = { przekazany: 'submittedNotice', zatwierdzony: 'approvedNotice', zwrocony: 'returnedNotice' } as const;

/**
 * A held meeting's minutes, for the coordinators and the team's current moderator (RLS shows a
 * moderator their teams' only): written as a draft, submitted, approved or returned, corrected by
 * a new revision; every revision below, readable, with who approved it and when.
 */
export default async function MinutesPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('minutes.write');
  if (!isUuid(id)) notFound();
  const client = createUserClient(user);
  const record = await getMeetingRecord(client, id);
  if (!record) notFound();
  const [outcome, revisions] = await Promise.all([getOutcomeForMinutes(client, id), listMinutesRevisions(client, id)]);
  const t = await getTranslations('Minutes');
  const { stan, korekta } = await searchParams;
  const notice = stan && stan in NOTICES ? NOTICES[stan as keyof typeof NOTICES] : null;

  const { meeting, moderator } = record;
  const latest = revisions[0] ?? null;
  const progress = latest?.state ?? 'none';
  const vacant = !moderator;
  const moves = allowedMinutesMoves(progress, user.role, minutesActor(user.role, moderator?.id === user.id), vacant);
  const correcting = korekta === '1' && moves.includes('correct');
  const editing = moves.includes('write') || correcting;
  const recipients = vacant ? t('recipientsCoordinators') : t('recipientsModerator', { name: moderator.full_name });

  const startText = () => {
    if (latest) return draftOfMinutes(latest);
    return { ...EMPTY_MINUTES, attendance: outcome ? attendanceFromOutcome(outcome, (key) => t(`attendanceFromOutcome.${key}`)) : '' };
  };

  return (
    <>
      <PageHeading title={t('title')} lead={meetingLabel(meeting)} />
      <p className="-mt-6 mb-6 text-slate-700">
        <MeetingTime startsAt={meeting.startsAt} endsAt={meeting.endsAt} />
      </p>
      <p role="status" className={notice ? 'mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {notice ? t(notice) : ''}
      </p>

      {!outcome || !outcome.held ? (
        <EmptyState title={outcome ? t('notHeldTitle') : t('noOutcomeTitle')}>
          <p>{outcome ? t('notHeldText') : t('noOutcomeText')}</p>
        </EmptyState>
      ) : (
        <>
          <p className="mb-6 flex flex-wrap items-center gap-2">
            <span className="font-medium">{t('stateLabel')}:</span> <MinutesStateBadge progress={correcting ? 'draft' : progress} />
            {latest ? <span className="text-slate-700">{t('revisionLabel', { revision: correcting ? latest.revision + 1 : latest.revision })}</span> : null}
          </p>
          {progress === 'returned' && latest ? (
            <div className="mb-6 max-w-3xl rounded border-2 border-red-700 bg-red-50 p-4">
              <h2 className="font-semibold text-red-900">{t('returnedHeading')}</h2>
              <p className="mt-1 whitespace-pre-wrap">{latest.review_comment}</p>
            </div>
          ) : null}

          {editing ? (
            <Section id="editor" title={correcting ? t('correctionHeading') : t('editorHeading')} className="mt-4">
              {correcting ? <p className="mb-4 max-w-3xl">{t('correctionText')}</p> : null}
              <MinutesEditor meetingId={meeting.id} saved={startText()} recipients={recipients} />
            </Section>
          ) : latest ? (
            <Section id="current" title={t('currentHeading', { revision: latest.revision })} className="mt-4">
              <div className="max-w-3xl space-y-4">
                {progress === 'submitted' ? <p>{vacant ? t('awaitingCoordinators') : t('awaitingModerator', { name: moderator.full_name })}</p> : null}
                {progress === 'approved' ? <ApprovedBy revision={latest} /> : null}
                <MinutesContent text={minutesTextOf(latest)} headingLevel="h3" />
                {moves.includes('approve') ? (
                  <div className="rounded border border-slate-300 p-4">
                    <h3 className="mb-3 text-xl font-semibold">{vacant ? t('review.headingAsSubstitute') : t('review.heading')}</h3>
                    <ReviewMinutesForm meetingId={meeting.id} asSubstitute={vacant} />
                  </div>
                ) : null}
                {moves.includes('correct') ? (
                  <Link href={`/panel/spotkania/${meeting.id}/protokol?korekta=1`} className={`inline-block ${secondaryButton}`}>
                    {t('startCorrection')}
                  </Link>
                ) : null}
              </div>
            </Section>
          ) : (
            <EmptyState title={t('noMinutesTitle')}>
              <p>{t('noMinutesReadOnly')}</p>
            </EmptyState>
          )}

          <Section id="history" title={t('historyHeading')}>
            {revisions.length > 0 ? <MinutesHistory revisions={revisions} /> : <p>{t('historyEmpty')}</p>}
          </Section>
        </>
      )}
      <Link href={`/panel/spotkania/${meeting.id}/przebieg`} className={`mt-10 inline-block ${textLink}`}>
        {t('backToRecord')}
      </Link>
    </>
  );
}
