import type { SupabaseClient } from '@supabase/supabase-js';
import { parseScheduleTable } from '@/lib/schedule/parse';
import { resolveScheduleRows, type ImportPreviewRow } from '@/lib/schedule/resolve';
import { addMinutes } from '@/lib/schedule/warsaw-time';
import { rowsOf } from './errors';
import { getRound } from './rounds';
import { listMeetingsBetween, listTeams, listVenues } from './schedule';

export interface ImportRequest {
  roundId: string;
  text: string;
  durationMinutes: number;
  createVenues: string[];
  changeReason: string | null;
}

/** Parses the pasted table and matches it against what the database holds now. Writes nothing. */
export async function planImport(client: SupabaseClient, request: ImportRequest): Promise<ImportPreviewRow[] | null> {
  const round = await getRound(client, request.roundId);
  if (!round) return null;
  const parsed = parseScheduleTable(request.text);
  const starts = parsed.flatMap((row) => (row.startsAt ? [row.startsAt] : [])).sort();
  const [teams, venues, existing] = await Promise.all([
    listTeams(client, round.programme_id),
    listVenues(client),
    starts.length > 0 ? listMeetingsBetween(client, starts[0]!, addMinutes(starts.at(-1)!, request.durationMinutes)) : Promise.resolve([]),
  ]);
  return resolveScheduleRows(parsed, {
    teams,
    venues,
    round: { startsOn: round.starts_on, endsOn: round.ends_on },
    existing,
    durationMinutes: request.durationMinutes,
    createVenues: request.createVenues,
  });
}

/** A row as the database function takes it. */
interface ImportItem {
  teamId: string;
  scope: string | null;
  venueId: string | null;
  newVenue: { name: string; address: string } | null;
  roomId: string | null;
  newRoom: string | null;
  startsAt: string;
  endsAt: string;
  isPublic: boolean;
  changeReason: string | null;
}

const importItem = (row: ImportPreviewRow, changeReason: string | null): ImportItem => ({
  teamId: row.teamId!,
  scope: row.scope,
  venueId: row.venueId,
  newVenue: row.newVenue ? { name: row.newVenue, address: '' } : null,
  roomId: row.roomId,
  newRoom: row.newRoom,
  startsAt: row.startsAt!,
  endsAt: row.endsAt!,
  isPublic: true,
  changeReason,
});

/** All rows (and the venues and rooms agreed to) in one transaction, or none; only for rows without problems. */
export async function importMeetings(client: SupabaseClient, request: ImportRequest, rows: readonly ImportPreviewRow[]): Promise<number> {
  const meetings = rows.map((row) => importItem(row, request.changeReason));
  return rowsOf(await client.rpc('import_meetings', { round_id: request.roundId, meetings })) as number;
}
