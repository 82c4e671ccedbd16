import { createEvents, type EventAttributes } from 'ics';
import { createTranslator } from 'next-intl';
import pl from '@/messages/pl.json';
import type { ScheduleMeeting } from './types';
import { meetingLabel } from './labels';

/**
 * An iCalendar file of meetings. Each event's UID is the meeting's id and its SEQUENCE rises with
 * every move, so a calendar app that subscribed updates a moved meeting instead of adding a copy,
 * and marks a cancelled one as cancelled. Texts are Polish, like the schedule they come from.
 */
export function buildCalendar(meetings: readonly ScheduleMeeting[], calendarName: string, roundUrl: string): string {
  const t = createTranslator({ locale: 'pl', messages: pl, namespace: 'Calendar' });
  const events: EventAttributes[] = meetings.map((meeting) => ({
    uid: `${meeting.id}@tura`,
    sequence: meeting.sequence ?? 0,
    title: meetingLabel(meeting),
    location: [meeting.venueName, meeting.venueAddress, meeting.roomName ? t('room', { room: meeting.roomName }) : null].filter(Boolean).join(', '),
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
    calName: calendarName,
  }));
  const { error, value } = createEvents(events, { productId: 'tura/schedule', calName: calendarName });
  if (error || value === null) throw error ?? new Error('The calendar could not be built');
  return value;
}
