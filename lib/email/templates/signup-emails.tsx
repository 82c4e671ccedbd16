import { Heading, Link, Text } from '@react-email/components';
import type { ReactNode } from 'react';
import { meetingLabel } from '@/lib/schedule/labels';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { polishDateTime } from '@/lib/schedule/warsaw-time';
import type { SignupEmailTranslator } from '../translator';
import { EmailLayout } from './email-layout';
import { Destination } from './opinion-emails';

/** One meeting as the sign-up e-mails show it (`app.meeting_notice`): the issued schedule's shape, with its round. */
export type MeetingNotice = ScheduleMeeting & { roundId: string; roundTitle: string };

interface Common {
  t: SignupEmailTranslator;
  footer: string;
  meeting: MeetingNotice;
  roundUrl: string;
}

const when = (t: SignupEmailTranslator, meeting: Pick<ScheduleMeeting, 'startsAt'>) => t('when', polishDateTime(meeting.startsAt));
const place = (t: SignupEmailTranslator, meeting: Pick<ScheduleMeeting, 'venueName' | 'venueAddress' | 'roomName'>) =>
  [meeting.venueName, meeting.roomName ? t('room', { room: meeting.roomName }) : null, meeting.venueAddress].filter(Boolean).join(', ');

/** The frame of every sign-up e-mail: a heading, the text, the round's page and when the data goes. */
function SignupEmail({ t, footer, preview, heading, roundUrl, children }: Omit<Common, 'meeting'> & { preview: string; heading: string; children: ReactNode }) {
  return (
    <EmailLayout preview={preview} footer={footer}>
      <Heading as="h1" style={{ fontSize: '22px' }}>
        {heading}
      </Heading>
      {children}
      <Text>
        {t('roundLink')} <Link href={roundUrl}>{roundUrl}</Link>
      </Text>
      <Text style={{ color: '#475569', fontSize: '13px' }}>{t('deletion')}</Text>
    </EmailLayout>
  );
}

/** The meeting: team, date and place. */
function MeetingDetails({ t, meeting }: { t: SignupEmailTranslator; meeting: ScheduleMeeting }) {
  return (
    <>
      <Text style={{ margin: '4px 0', fontWeight: 'bold' }}>{t('team', { team: meetingLabel(meeting) })}</Text>
      <Text style={{ margin: '4px 0' }}>{t('at', { when: when(t, meeting) })}</Text>
      <Text style={{ margin: '4px 0 16px' }}>{t('place', { place: place(t, meeting) })}</Text>
    </>
  );
}

/** The schedule's reason for a move or a cancellation, or that none was given. */
const Reason = ({ t, reason }: { t: SignupEmailTranslator; reason: string | null }) => (
  <Text style={{ whiteSpace: 'pre-wrap' }}>{reason ? t('reason', { reason }) : t('noReason')}</Text>
);

/** To whoever signed up: the link that confirms it. */
export function SignupConfirmEmail({ t, footer, meeting, roundUrl, personName, confirmUrl }: Common & { personName: string; confirmUrl: string }) {
  return (
    <SignupEmail t={t} footer={footer} roundUrl={roundUrl} preview={t('confirm.preview')} heading={t('confirm.heading')}>
      <Text>{t('confirm.intro', { name: personName, round: meeting.roundTitle })}</Text>
      <MeetingDetails t={t} meeting={meeting} />
      <Text>{t('confirm.action')}</Text>
      <Destination href={confirmUrl} button={t('confirm.button')} label={t('confirm.fallback')} />
      <Text>{t('confirm.ignore')}</Text>
    </SignupEmail>
  );
}

/** To a confirmed participant, the day before. */
export function MeetingReminderEmail({ t, footer, meeting, roundUrl }: Common) {
  return (
    <SignupEmail t={t} footer={footer} roundUrl={roundUrl} preview={t('reminder.preview')} heading={t('reminder.heading')}>
      <Text>{t('reminder.intro', { round: meeting.roundTitle })}</Text>
      <MeetingDetails t={t} meeting={meeting} />
    </SignupEmail>
  );
}

/** To a confirmed participant: the meeting moved (its time or place), where it was and is, and why. */
export function MeetingMovedEmail({ t, footer, meeting, roundUrl, previous }: Common & { previous: ScheduleMeeting }) {
  return (
    <SignupEmail t={t} footer={footer} roundUrl={roundUrl} preview={t('moved.preview')} heading={t('moved.heading')}>
      <Text>{t('moved.intro', { round: meeting.roundTitle })}</Text>
      <Text style={{ margin: '4px 0', fontWeight: 'bold' }}>{t('team', { team: meetingLabel(meeting) })}</Text>
      <Text style={{ margin: '4px 0' }}>{t('moved.before', { when: when(t, previous), place: place(t, previous) })}</Text>
      <Text style={{ margin: '4px 0 16px' }}>{t('moved.after', { when: when(t, meeting), place: place(t, meeting) })}</Text>
      <Reason t={t} reason={meeting.changeReason} />
    </SignupEmail>
  );
}

/** To a confirmed participant: the meeting is cancelled, and why. */
export function MeetingCancelledEmail({ t, footer, meeting, roundUrl }: Common) {
  return (
    <SignupEmail t={t} footer={footer} roundUrl={roundUrl} preview={t('cancelled.preview')} heading={t('cancelled.heading')}>
      <Text>{t('cancelled.intro', { round: meeting.roundTitle })}</Text>
      <MeetingDetails t={t} meeting={meeting} />
      <Reason t={t} reason={meeting.changeReason} />
    </SignupEmail>
  );
}
