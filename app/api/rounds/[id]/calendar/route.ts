import { calendarResponse } from '@/app/api/calendar-response';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { createAnonClient } from '@/lib/supabase/server';
import { whenReachable } from '@/app/api/when-reachable';

/** The round's latest issued schedule as an iCalendar feed (subscribe once, get every change). */
export const GET = whenReachable(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const schedule = await issuedSchedule(createAnonClient(), id);
  const latest = schedule?.versions[0];
  if (!schedule || !latest) return new Response('Not found', { status: 404 });
  return calendarResponse(latest.meetings, schedule.round, `tura-${schedule.round.number}-${id.slice(0, 8)}.ics`);
});
