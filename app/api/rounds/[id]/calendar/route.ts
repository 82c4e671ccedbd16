import { calendarResponse } from '@/lib/schedule/calendar-response';
import { publicSchedule } from '@/lib/schedule/public-schedule';

/** The round's latest issued schedule as an iCalendar feed (subscribe once, get every change). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const schedule = await publicSchedule(id);
  const latest = schedule?.versions[0];
  if (!schedule || !latest) return new Response('Not found', { status: 404 });
  return calendarResponse(latest.meetings, schedule.round, `tura-${schedule.round.number}-${id.slice(0, 8)}.ics`);
}
