import { useFormatter, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { ButtonForm } from '@/components/ui/form/button-form';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { withdrawWaiverAction } from '@/lib/actions/summary';
import { Link } from '@/lib/i18n/navigation';
import { isReady, type SummaryReadiness } from '@/lib/summary/readiness';
import { WaiverForm } from './waiver-form';

type Meeting = SummaryReadiness['withoutOutcome'][number];

/** One kind of meeting publishing looks at: what it is, how many, what to do, and the meetings. */
function Group({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <>
      <h3 className="mt-4 text-lg font-semibold">{title}</h3>
      {hint ? <p className="text-sm text-slate-700">{hint}</p> : null}
      <ul className="mt-2 space-y-3">{children}</ul>
    </>
  );
}

/** What publishing will check, meeting by meeting, with the way to put each right. */
export function ReadinessList({ readiness }: { readiness: SummaryReadiness }) {
  const t = useTranslations('SummaryWaivers');
  const format = useFormatter();
  const name = (meeting: Meeting) =>
    t('meeting', {
      team: meeting.teamName,
      date: format.dateTime(new Date(meeting.startsAt), 'numeric'),
      hour: format.dateTime(new Date(meeting.startsAt), { hour: '2-digit', minute: '2-digit' }),
    });
  // To where the meeting is put right: its outcome (`przebieg`) or its minutes (`protokol`).
  const meetingLink = (meeting: Meeting, page: 'przebieg' | 'protokol') => (
    <Link href={`/panel/spotkania/${meeting.id}/${page}`} className={textLink}>
      {name(meeting)}
    </Link>
  );
  return (
    <Section id="readiness" title={t('heading')} className="mt-8 rounded border border-slate-300 p-4 print:hidden">
      <p className="text-slate-800">{t('intro')}</p>
      {isReady(readiness) ? (
        <p role="status" className="mt-3 font-medium text-green-800">
          {t('ready')}
        </p>
      ) : null}
      {readiness.withoutOutcome.length > 0 ? (
        <Group title={t('withoutOutcome', { count: readiness.withoutOutcome.length })} hint={t('withoutOutcomeHint')}>
          {readiness.withoutOutcome.map((meeting) => (
            <li key={meeting.id}>{meetingLink(meeting, 'przebieg')}</li>
          ))}
        </Group>
      ) : null}
      {readiness.withoutMinutes.length > 0 ? (
        <Group title={t('withoutMinutes', { count: readiness.withoutMinutes.length })} hint={t('withoutMinutesHint')}>
          {readiness.withoutMinutes.map((meeting) => (
            <li key={meeting.id} className="rounded border border-slate-200 p-3">
              {meetingLink(meeting, 'protokol')}
              <WaiverForm meetingId={meeting.id} meeting={name(meeting)} />
            </li>
          ))}
        </Group>
      ) : null}
      {readiness.waived.length > 0 ? (
        <Group title={t('waived', { count: readiness.waived.length })}>
          {readiness.waived.map((meeting) => (
            <li key={meeting.id} className="rounded border border-slate-200 p-3">
              {meetingLink(meeting, 'protokol')}
              <p className="mt-1 whitespace-pre-line break-words">{t('reasonGiven', { reason: meeting.minutesWaiver })}</p>
              <div className="mt-2">
                <ButtonForm action={withdrawWaiverAction} values={{ meetingId: meeting.id }} label={t('withdraw')} />
              </div>
            </li>
          ))}
        </Group>
      ) : null}
    </Section>
  );
}
