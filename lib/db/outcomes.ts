import type { SupabaseClient } from '@supabase/supabase-js';
import type { NotHeldReason } from '@/lib/meetings/outcomes';
import { rowsOf } from './errors';

/** What became of a meeting, as recorded: held (who came) or not held (why). */
export interface MeetingOutcome {
  meeting_id: string;
  held: boolean;
  organisations: string[];
  organisation_count: number | null;
  not_held_reason: NotHeldReason | null;
  note: string;
  recorded_at: string;
  version: number;
  departments: { department_id: string }[];
}

const OUTCOME_COLUMNS = 'meeting_id, held, organisations, organisation_count, not_held_reason, note, recorded_at, version, departments:meeting_outcome_departments(department_id)';

/** The meeting's outcome, if recorded and readable (RLS). */
export async function getOutcome(client: SupabaseClient, meetingId: string): Promise<MeetingOutcome | null> {
  return rowsOf(await client.from('meeting_outcomes').select(OUTCOME_COLUMNS).eq('meeting_id', meetingId).maybeSingle<MeetingOutcome>());
}

/** Whether each meeting of a round was held, by meeting id: a meeting with no outcome yet is absent. */
export async function listRoundOutcomes(client: SupabaseClient, roundId: string): Promise<Map<string, boolean>> {
  const rows = rowsOf(await client.from('meeting_outcomes').select('meeting_id, held').eq('round_id', roundId).returns<{ meeting_id: string; held: boolean }[]>());
  return new Map(rows.map((row) => [row.meeting_id, row.held]));
}

export interface OutcomeRecord {
  meetingId: string;
  expectedVersion: number;
  held: boolean;
  organisations: string[];
  organisationCount: number | null;
  departmentIds: string[];
  notHeldReason: NotHeldReason | null;
  note: string;
}

/** Records the outcome, or corrects it when `expectedVersion` is still the latest. */
export async function recordOutcome(client: SupabaseClient, outcome: OutcomeRecord): Promise<{ version: number }> {
  return rowsOf(
    await client
      .rpc('record_meeting_outcome', {
        meeting_id: outcome.meetingId,
        expected_version: outcome.expectedVersion,
        held: outcome.held,
        organisations: outcome.organisations,
        organisation_count: outcome.organisationCount,
        department_ids: outcome.departmentIds,
        not_held_reason: outcome.notHeldReason,
        note: outcome.note,
      })
      .single<{ version: number }>(),
  );
}
