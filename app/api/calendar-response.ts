import 'server-only';
import { serverEnv } from '@/lib/env';
import { buildCalendar } from '@/lib/schedule/calendar';
import type { ScheduleMeeting } from '@/lib/schedule/types';

/** An .ics download for the calendar routes; its events link to the round's public page at the app's address. */
export function calendarResponse(meetings: readonly ScheduleMeeting[], round: { id: string; title: string }, filename: string): Response {
  const body = buildCalendar(meetings, round.title, new URL(`/tury/${round.id}`, serverEnv().APP_URL).toString());
  return new Response(body, {
    headers: {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'public, max-age=300',
    },
  });
}
