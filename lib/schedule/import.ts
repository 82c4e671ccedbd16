import type { SupabaseClient } from '@supabase/supabase-js';
import type { ImportItem } from '@/lib/db/planning';
import { getRound } from '@/lib/db/rounds';
import { listMeetingsBetween, listTeams, listVenues } from '@/lib/db/schedule';
import { parseScheduleTable } from './parse';
import { resolveScheduleRows, type ImportPreviewRow } from './resolve';

export interface ImportRequest {
  roundId: string;
  text: string;
  durationMinutes: number;
  createVenues: string[];
}

/** Parses the pasted table and matches it against what the database holds now. Writes nothing. */
export async function planImport(client: SupabaseClient, request: ImportRequest): Promise<ImportPreviewRow[] | null> {
  const round = await getRound(client, request.roundId);
  if (!round) return null;
  const parsed = parseScheduleTable(request.text);
  const starts = parsed.flatMap((row) => (row.startsAt ? [Date.parse(row.startsAt)] : []));
  const [teams, venues, existing] = await Promise.all([
    listTeams(client, round.programme_id),
    listVenues(client),
    starts.length > 0
      ? listMeetingsBetween(client, new Date(Math.min(...starts)).toISOString(), new Date(Math.max(...starts) + request.durationMinutes * 60_000).toISOString())
      : Promise.resolve([]),
  ]);
  return resolveScheduleRows(parsed, { teams, venues, existing, durationMinutes: request.durationMinutes, createVenues: request.createVenues });
}

/** The rows as the database function takes them; only for rows without problems. */
export function importItems(rows: readonly ImportPreviewRow[]): ImportItem[] {
  return rows.map((row) => ({
    teamId: row.teamId!,
    scope: row.scope,
    venueId: row.venueId,
    newVenue: row.newVenue ? { name: row.newVenue, address: '' } : null,
    roomId: row.roomId,
    newRoom: row.newRoom,
    startsAt: row.startsAt!,
    endsAt: row.endsAt!,
    isPublic: true,
  }));
}
