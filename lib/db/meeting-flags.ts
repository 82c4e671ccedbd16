import type { SupabaseClient } from '@supabase/supabase-js';
import { meetingFlags, VACANCY_LOOKAHEAD_DAYS } from '@/lib/meetings/outcomes';
import { rowsOf } from './errors';
import { listMeetingIdsWithOutcome } from './outcomes';
import { listVacantTeams } from './schedule';

export interface FlaggedMeeting {
  id: string;
  teamId: string;
  teamName: string;
  roundTitle: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

interface Row {
  id: string;
  round_id: string;
  team_id: string;
  starts_at: string;
  ends_at: string;
  cancelled: boolean;
  team: { name: string };
  round: { title: string };
}

/** The coordinator's flags (see meetingFlags), read as the coordinator. */
export async function listMeetingFlags(client: SupabaseClient, now = new Date()) {
  const until = new Date(now.getTime() + VACANCY_LOOKAHEAD_DAYS * 86_400_000).toISOString();
  const rows = rowsOf(
    await client
      .from('meetings')
      .select('id, round_id, team_id, starts_at, ends_at, cancelled, team:sector_teams(name), round:rounds(title)')
      .eq('cancelled', false)
      .lte('starts_at', until)
      .returns<Row[]>(),
  );
  const roundIds = [...new Set(rows.map((row) => row.round_id))];
  const [versions, vacant, withOutcome] = await Promise.all([
    roundIds.length === 0
      ? []
      : rowsOf(
          await client
            .from('schedule_versions')
            .select('round_id, number, meetings')
            .in('round_id', roundIds)
            .order('number', { ascending: false })
            .returns<{ round_id: string; meetings: { id: string; cancelled: boolean }[] }[]>(),
        ),
    listVacantTeams(client),
    listMeetingIdsWithOutcome(
      client,
      rows.filter((row) => Date.parse(row.ends_at) < now.getTime()).map((row) => row.id),
    ),
  ]);
  // A meeting is issued when the latest version of its round's schedule lists it, not cancelled.
  const issuedIds = new Set<string>();
  const seenRounds = new Set<string>();
  for (const version of versions) {
    if (seenRounds.has(version.round_id)) continue;
    seenRounds.add(version.round_id);
    for (const meeting of version.meetings) if (!meeting.cancelled) issuedIds.add(meeting.id);
  }
  const meetings: FlaggedMeeting[] = rows.map((row) => ({
    id: row.id,
    teamId: row.team_id,
    teamName: row.team.name,
    roundTitle: row.round.title,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    cancelled: row.cancelled,
  }));
  return meetingFlags({ meetings, issuedIds, vacantTeamIds: new Set(vacant.map((team) => team.id)), withOutcome, now });
}
