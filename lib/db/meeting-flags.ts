import type { SupabaseClient } from '@supabase/supabase-js';
import { OUTCOME_DUE_DAYS_AFTER_END, VACANCY_LOOKAHEAD_DAYS } from '@/lib/meetings/outcomes';
import { rowsOf } from './errors';

export interface FlaggedMeeting {
  id: string;
  teamId: string;
  teamName: string;
  roundTitle: string;
  startsAt: string;
  endsAt: string;
}

interface Row {
  kind: 'vacant_soon' | 'outcome_missing';
  id: string;
  team_id: string;
  team_name: string;
  round_title: string;
  starts_at: string;
  ends_at: string;
}

/**
 * What the coordinator should act on (`public.meeting_flags`), read as the coordinator: issued
 * meetings in the coming days whose team has no moderator now, and issued meetings that ended a
 * while ago with no outcome recorded, of the rounds still under way.
 */
export async function listMeetingFlags(client: SupabaseClient): Promise<{ vacantSoon: FlaggedMeeting[]; outcomeMissing: FlaggedMeeting[] }> {
  const rows = rowsOf(await client.rpc('meeting_flags', { lookahead_days: VACANCY_LOOKAHEAD_DAYS, outcome_due_days: OUTCOME_DUE_DAYS_AFTER_END })) as Row[];
  const of = (kind: Row['kind']) =>
    rows
      .filter((row) => row.kind === kind)
      .map((row) => ({
        id: row.id,
        teamId: row.team_id,
        teamName: row.team_name,
        roundTitle: row.round_title,
        startsAt: new Date(row.starts_at).toISOString(),
        endsAt: new Date(row.ends_at).toISOString(),
      }));
  return { vacantSoon: of('vacant_soon'), outcomeMissing: of('outcome_missing') };
}
