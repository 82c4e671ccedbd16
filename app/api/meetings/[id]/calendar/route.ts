import { calendarResponse } from '@/app/api/calendar-response';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { latestVersionWithMeeting } from '@/lib/db/schedule';
import { isUuid } from '@/lib/schemas/fields';
import { createAnonClient } from '@/lib/supabase/server';
import { whenReachable } from '@/app/api/when-reachable';

/** One meeting, as the latest issued version of its round has it, as an .ics download. */
export const GET = whenReachable(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const client = createAnonClient();
  const version = isUuid(id) ? await latestVersionWithMeeting(client, id) : null;
  const schedule = version ? await issuedSchedule(client, version.round_id) : null;
  const meeting = version?.meetings.find((candidate) => candidate.id === id);
  if (!schedule || !meeting) return new Response('Not found', { status: 404 });
  return calendarResponse([meeting], schedule.round, `spotkanie-${id.slice(0, 8)}.ics`);
});
