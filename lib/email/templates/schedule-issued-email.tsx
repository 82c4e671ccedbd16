import { Heading, Link, Text } from '@react-email/components';
import type { ScheduleChange } from '@/lib/schedule/diff';
import type { EmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';
import { meetingLabel } from '@/lib/schedule/labels';
import { polishDateTime } from '@/lib/schedule/warsaw-time';

export interface ScheduleIssuedProps {
  t: EmailTranslator;
  round: string;
  version: number;
  asOf: string;
  changes: ScheduleChange[];
  firstVersion: boolean;
  scheduleUrl: string;
}

/** The new version of a schedule, with every change and its reason, for moderators and departments. */
export function ScheduleIssuedEmail({ t, round, version, asOf, changes, firstVersion, scheduleUrl }: ScheduleIssuedProps) {
  const when = (iso: string) => t('scheduleIssued.when', polishDateTime(iso));
  return (
    <EmailLayout preview={t('scheduleIssued.preview')} footer={t('footer')}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {t('scheduleIssued.heading')}
      </Heading>
      <Text>{t('scheduleIssued.intro', { version, round, date: polishDateTime(asOf).date })}</Text>
      {firstVersion ? <Text>{t('scheduleIssued.firstVersion')}</Text> : <Text>{changes.length > 0 ? t('scheduleIssued.changes') : t('scheduleIssued.noChanges')}</Text>}
      {firstVersion
        ? null
        : changes.map((change) => {
            const meeting = change.meeting;
            const team = meetingLabel(meeting);
            const place = meeting.roomName ? `${meeting.venueName}, ${t('scheduleIssued.room', { room: meeting.roomName })}` : meeting.venueName;
            const from = change.kind === 'moved' || change.kind === 'movedAndChanged' ? `${when(change.before.startsAt)} → ` : '';
            const reason = change.reason ? ` (${t('scheduleIssued.reason', { reason: change.reason })})` : '';
            return (
              <Text key={`${change.kind}-${meeting.id}`} style={{ margin: '4px 0' }}>
                • {t(`scheduleIssued.${change.kind}`)}: {team}, {from}
                {when(meeting.startsAt)}, {place}
                {reason}
              </Text>
            );
          })}
      <Text>
        {t('scheduleIssued.link')} <Link href={scheduleUrl}>{scheduleUrl}</Link>
      </Text>
    </EmailLayout>
  );
}
