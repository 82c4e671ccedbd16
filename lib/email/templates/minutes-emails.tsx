import { Button, Heading, Text } from '@react-email/components';
import { createTranslator } from 'next-intl';
import type { ReactElement } from 'react';
import { meetingLabel } from '@/lib/schedule/labels';
import { polishDateTime } from '@/lib/schedule/warsaw-time';
import pl from '@/messages/pl.json';
import { EmailLayout } from './email-layout';
import type { MeetingNotice } from './signup-emails';

/** The e-mails about a meeting's minutes, as submit_minutes and review_minutes queue them. */
export const MINUTES_TEMPLATES = ['minutes-submitted', 'minutes-approved', 'minutes-returned'] as const;
export type MinutesTemplate = (typeof MINUTES_TEMPLATES)[number];

/** `app.meeting_notice` (the meeting as the issued schedule shows it, with its round) and the revision's review. */
export type MinutesEmailPayload = MeetingNotice & { revision: number; comment?: string; asSubstitute: boolean };

const minutesEmailTranslator = () => createTranslator({ locale: 'pl', messages: pl, namespace: 'MinutesEmails' });

/**
 * To the team's moderator (or, for a vacant team, the coordinators as substitutes): minutes await
 * approval. To the author: their minutes were approved, or returned with the reviewer's comment.
 * Each leads to the minutes' page.
 */
export function minutesEmail(template: MinutesTemplate, payload: MinutesEmailPayload, appUrl: string, footer: string): { subject: string; element: ReactElement } {
  const t = minutesEmailTranslator();
  const kind = template.replace('minutes-', '') as 'submitted' | 'approved' | 'returned';
  const { date, time } = polishDateTime(payload.startsAt);
  const values = { meeting: meetingLabel(payload), date, time, round: payload.roundTitle, revision: payload.revision };
  const url = new URL(`/panel/spotkania/${payload.id}/protokol`, appUrl).toString();
  const intro = payload.asSubstitute && kind !== 'returned' ? (`${kind}.introSubstitute` as const) : (`${kind}.intro` as const);
  return {
    subject: t(`${kind}.subject`, values),
    element: (
      <EmailLayout preview={t(`${kind}.preview`)} footer={footer}>
        <Heading as="h1" style={{ fontSize: '22px' }}>
          {t(`${kind}.heading`)}
        </Heading>
        <Text>{t(intro, values)}</Text>
        {kind === 'returned' && payload.comment ? <Text style={{ whiteSpace: 'pre-wrap' }}>{t('returned.comment', { text: payload.comment })}</Text> : null}
        <Button href={url} style={{ backgroundColor: '#1e40af', color: '#ffffff', padding: '12px 20px', borderRadius: '4px' }}>
          {t('button')}
        </Button>
        <Text>{t('link')}</Text>
        <Text style={{ wordBreak: 'break-all' }}>{url}</Text>
      </EmailLayout>
    ),
  };
}
