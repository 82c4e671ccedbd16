import { render } from '@react-email/render';
import type { ReactElement } from 'react';
import { APP_ROLES, type AppRole } from '@/lib/auth/roles';
import { emailTranslator, roleTranslator } from './translator';
import { InvitationEmail } from './templates/invitation-email';
import { MagicLinkEmail } from './templates/magic-link-email';
import { ScheduleIssuedEmail } from './templates/schedule-issued-email';
import { diffSchedules } from '@/lib/schedule/diff';
import type { ScheduleMeeting } from '@/lib/schedule/types';

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
    };

export async function renderEmail(message: { template: string; payload: unknown; to_address: string }, appUrl: string): Promise<RenderedEmail> {
  const t = emailTranslator();
  const { subject, element } = build(message as OutboxTemplate & { to_address: string }, appUrl, t);
  return { subject, html: await render(element), text: await render(element, { plainText: true }) };
}

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
    default:
      throw new Error(`Unknown e-mail template: ${(message as { template: string }).template}`);
  }
}
