import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { APP_ROLES, type AppRole } from '@/lib/auth/roles';
import { emailTranslator, followUpEmailTranslator, opinionEmailTranslator, roleTranslator, signupEmailTranslator, summaryEmailTranslator } from './translator';
import { FollowUpCreatedEmail } from './templates/follow-up-email';
import { InvitationEmail } from './templates/invitation-email';
import { MagicLinkEmail } from './templates/magic-link-email';
import { minutesEmail, type MinutesEmailPayload, type MinutesTemplate } from './templates/minutes-emails';
import { OpinionDecidedEmail, OpinionsReminderEmail, OpinionsRequestedEmail } from './templates/opinion-emails';
import { ScheduleIssuedEmail } from './templates/schedule-issued-email';
import { SummaryPublishedEmail } from './templates/summary-published-email';
import { MeetingCancelledEmail, MeetingMovedEmail, MeetingReminderEmail, SignupConfirmEmail, type MeetingNotice } from './templates/signup-emails';
import { diffSchedules } from '@/lib/schedule/diff';
import { meetingLabel } from '@/lib/schedule/labels';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { polishDateTime } from '@/lib/schedule/warsaw-time';
import type { DecisionOutcome } from '@/lib/workflow/opinions';

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

/** An outbox row's template and payload, as the database functions (and the magic link) queue them. */
export type OutboxTemplate =
  | { template: 'magic-link'; payload: { url: string } }
  | { template: 'invitation'; payload: { fullName: string; role: AppRole; invitedBy: string | null } }
  | {
      template: 'schedule-issued';
      payload: { roundId: string; roundTitle: string; isPublic: boolean; version: number; asOf: string; previous: ScheduleMeeting[]; current: ScheduleMeeting[] };
    }
  // The three below are queued by the opinion functions (request_opinions, ask_again, send_opinion_reminders, decide_opinion).
  | { template: 'opinions-requested'; payload: { roundId: string; roundTitle: string; deadline: string; askedAgain: boolean; count: number } }
  | { template: 'opinions-reminder'; payload: { roundId: string; roundTitle: string; deadline: string; count: number } }
  | {
      template: 'opinion-decided';
      payload: { roundId: string; requestId: string; outcome: DecisionOutcome; justification: string; corrected: boolean; assumption: string };
    }
  // Queued by submit_minutes and review_minutes.
  | { template: MinutesTemplate; payload: MinutesEmailPayload }
  // To people signed up for an open meeting: request_meeting_signup, send_meeting_reminders, and the
  // trigger on a new schedule version (app.notify_signups_of_changes).
  | { template: 'signup-confirm'; payload: MeetingNotice & { confirmUrl: string; personName: string } }
  | { template: 'meeting-reminder'; payload: MeetingNotice }
  | { template: 'meeting-moved'; payload: MeetingNotice & { previous: ScheduleMeeting } }
  | { template: 'meeting-cancelled'; payload: MeetingNotice & { previous: ScheduleMeeting } }
  // Queued by create_follow_up: the meeting as app.meeting_notice shows it, the organisation and the subject.
  | { template: 'follow-up-created'; payload: MeetingNotice & { organisation: string; subject: string } }
  // Queued by publish_summary, to the round's departments, moderators and confirmed participants.
  | { template: 'summary-published'; payload: { roundId: string; roundTitle: string; version: number; corrected: boolean; changeNote: string } };

/** A deadline (`YYYY-MM-DD`) as Polish documents write it. */
const polishDate = (date: string) => polishDateTime(`${date}T12:00:00Z`).date;

/** The department's list of requests, at the round's section. */
const requestListUrl = (roundId: string, appUrl: string) => new URL(`/panel/opiniowanie#tura-${roundId}`, appUrl).toString();

export async function renderEmail(message: { template: string; payload: unknown; to_address: string }, appUrl: string): Promise<RenderedEmail> {
  const t = emailTranslator();
  const { subject, element } = build(message as OutboxTemplate & { to_address: string }, appUrl, t);
  return { subject: oneLine(subject), html: await render(element), text: await render(element, { plainText: true }) };
}

/** A subject is a header: what someone wrote with line breaks (or other control characters) in it reads on one line. */
const oneLine = (text: string) => text.replace(/[ \u0000-\u001f\u007f]*[\u0000-\u001f\u007f][ \u0000-\u001f\u007f]*/g, ' ').trim();

function build(message: OutboxTemplate & { to_address: string }, appUrl: string, t: ReturnType<typeof emailTranslator>): { subject: string; element: ReactElement } {
  switch (message.template) {
    case 'magic-link':
      return { subject: t('magicLink.subject'), element: <MagicLinkEmail t={t} url={message.payload.url} /> };
    case 'invitation': {
      const { fullName, role, invitedBy } = message.payload;
      const signInUrl = new URL('/signin', appUrl);
      signInUrl.searchParams.set('email', message.to_address);
      return {
        subject: t('invitation.subject'),
        element: (
          <InvitationEmail
            t={t}
            fullName={fullName || message.to_address}
            roleLabel={APP_ROLES.includes(role) ? roleTranslator()(role) : role}
            invitedBy={invitedBy || t('invitation.coordinator')}
            signInUrl={signInUrl.toString()}
          />
        ),
      };
    }
    case 'schedule-issued': {
      const { roundId, roundTitle, isPublic, version, asOf, previous, current } = message.payload;
      return {
        subject: t('scheduleIssued.subject', { round: roundTitle, version }),
        element: (
          <ScheduleIssuedEmail
            t={t}
            round={roundTitle}
            version={version}
            asOf={asOf}
            changes={diffSchedules(previous, current)}
            firstVersion={previous.length === 0}
            scheduleUrl={new URL(isPublic ? `/tury/${roundId}` : `/panel/harmonogram/${roundId}`, appUrl).toString()}
          />
        ),
      };
    }
    case 'opinions-requested': {
      const { roundId, roundTitle, deadline, askedAgain, count } = message.payload;
      const o = opinionEmailTranslator();
      const subject = o(askedAgain ? 'requested.subjectAgain' : 'requested.subject', { round: roundTitle });
      return {
        subject,
        element: (
          <OpinionsRequestedEmail
            t={o}
            footer={t('footer')}
            round={roundTitle}
            deadline={polishDate(deadline)}
            askedAgain={askedAgain}
            count={count}
            listUrl={requestListUrl(roundId, appUrl)}
          />
        ),
      };
    }
    case 'opinions-reminder': {
      const { roundId, roundTitle, deadline, count } = message.payload;
      const o = opinionEmailTranslator();
      return {
        subject: o('reminder.subject', { round: roundTitle, date: polishDate(deadline) }),
        element: (
          <OpinionsReminderEmail
            t={o}
            footer={t('footer')}
            round={roundTitle}
            deadline={polishDate(deadline)}
            count={count}
            listUrl={requestListUrl(roundId, appUrl)}
          />
        ),
      };
    }
    case 'opinion-decided': {
      const { requestId, outcome, justification, corrected, assumption } = message.payload;
      const o = opinionEmailTranslator();
      return {
        subject: o(corrected ? 'decided.subjectCorrected' : 'decided.subject', { assumption }),
        element: (
          <OpinionDecidedEmail
            t={o}
            footer={t('footer')}
            assumption={assumption}
            outcome={outcome}
            justification={justification}
            corrected={corrected}
            opinionUrl={new URL(`/panel/opiniowanie/${requestId}`, appUrl).toString()}
          />
        ),
      };
    }
    case 'summary-published': {
      const { roundId, roundTitle, version, corrected, changeNote } = message.payload;
      const s = summaryEmailTranslator();
      return {
        subject: s(corrected ? 'subjectCorrected' : 'subject', { round: roundTitle, version }),
        element: (
          <SummaryPublishedEmail
            t={s}
            footer={t('footer')}
            round={roundTitle}
            version={version}
            corrected={corrected}
            changeNote={changeNote}
            summaryUrl={new URL(`/tury/${roundId}/podsumowanie/${version}`, appUrl).toString()}
          />
        ),
      };
    }
    case 'minutes-submitted':
    case 'minutes-approved':
    case 'minutes-returned':
      return minutesEmail(message.template, message.payload, appUrl, t('footer'));
    case 'signup-confirm':
    case 'meeting-reminder':
    case 'meeting-moved':
    case 'meeting-cancelled':
      return signupEmail(message, appUrl, t('footer'));
    case 'follow-up-created': {
      const { organisation, subject, teamName, startsAt, roundTitle } = message.payload;
      const f = followUpEmailTranslator();
      return {
        subject: f('subject', { organisation }),
        element: (
          <FollowUpCreatedEmail
            t={f}
            footer={t('footer')}
            organisation={organisation}
            subject={subject}
            team={teamName}
            date={polishDateTime(startsAt).date}
            round={roundTitle}
            homeUrl={new URL('/panel#department-follow-ups-heading', appUrl).toString()}
          />
        ),
      };
    }
    default:
      throw new Error(`Unknown e-mail template: ${(message as { template: string }).template}`);
  }
}

type SignupTemplate = Extract<OutboxTemplate, { template: 'signup-confirm' | 'meeting-reminder' | 'meeting-moved' | 'meeting-cancelled' }>;

/** The e-mails to people signed up for a meeting: each names the meeting and links to the round's public page. */
function signupEmail(message: SignupTemplate, appUrl: string, footer: string): { subject: string; element: ReactElement } {
  const t = signupEmailTranslator();
  const common = { t, footer, meeting: message.payload, roundUrl: new URL(`/tury/${message.payload.roundId}`, appUrl).toString() };
  const team = meetingLabel(message.payload);
  switch (message.template) {
    case 'signup-confirm':
      return {
        subject: t('confirm.subject', { team }),
        element: <SignupConfirmEmail {...common} personName={message.payload.personName} confirmUrl={message.payload.confirmUrl} />,
      };
    case 'meeting-reminder':
      return { subject: t('reminder.subject', { team }), element: <MeetingReminderEmail {...common} /> };
    case 'meeting-moved':
      return { subject: t('moved.subject', { team }), element: <MeetingMovedEmail {...common} previous={message.payload.previous} /> };
    case 'meeting-cancelled':
      return { subject: t('cancelled.subject', { team }), element: <MeetingCancelledEmail {...common} /> };
  }
}
