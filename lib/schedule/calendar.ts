import { createEvents, type EventAttributes } from 'ics';
import { createTranslator } from 'next-intl';
import pl from '@/messages/pl.json';
import type { ScheduleMeeting } from './types';
import { meetingLabel } from './labels';

/**
 * An iCalendar file of meetings. Each event's UID is the meeting's id and its SEQUENCE rises with
 * every move, so a calendar app that subscribed updates a moved meeting instead of adding a copy,
 * and marks a cancelled one as cancelled. Texts are Polish, like the schedule they come from.
 *
 * Times are written in UTC ("20111024T120000Z"): RFC 5545 defines that form as one exact moment,
 * which every calendar app shows in its user's own zone, so a reader in Kraków sees the Warsaw hour
 * of the schedule (tests/unit/calendar.test.ts proves it across both DST changes).
 */
export function buildCalendar(meetings: readonly ScheduleMeeting[], calendarName: string, roundUrl: string): string {
  const t = createTranslator({ locale: 'pl', messages: pl, namespace: 'Calendar' });
  const events: EventAttributes[] = meetings.map((meeting) => ({
    uid: `${meeting.id}@tura`,
    sequence: meeting.sequence ?? 0,
    title: plainText(meetingLabel(meeting)),
    location: plainText([meeting.venueName, meeting.venueAddress, meeting.roomName ? t('room', { room: meeting.roomName }) : null].filter(Boolean).join(', ')),
    description: meeting.isPublic ? t('openMeeting') : t('closedMeeting'),
    url: roundUrl,
    status: meeting.cancelled ? 'CANCELLED' : 'CONFIRMED',
    start: Date.parse(meeting.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(meeting.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    productId: 'tura/schedule',
    calName: plainText(calendarName),
  }));
  const { error, value } = createEvents(events, { productId: 'tura/schedule', calName: plainText(calendarName) });
  if (error || value === null) throw error ?? new Error('The calendar could not be built');
  return foldLines(value);
}

/**
 * Text someone typed, as the `ics` package may write it: every line break as "\n", which it escapes,
 * and no other control character (a tab is white space there). It escapes only "\n" and "\r\n",
 * so a lone "\r" would end the line there and what follows would read as a property of its own.
 */
const plainText = (text: string) => text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 (3.1) requires, never inside a character;
 * the `ics` package folds by characters, so a line of Polish text came out longer. Lines it has
 * already folded are joined first (a line break followed by one space or tab).
 */
export function foldLines(calendar: string): string {
  const encoder = new TextEncoder();
  return calendar
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF)
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // A continuation line starts with a space, which counts towards its 75 octets.
        if (octets + size > MAX_OCTETS - (parts.length > 0 ? 1 : 0)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join(`${CRLF} `);
    })
    .join(CRLF);
}
