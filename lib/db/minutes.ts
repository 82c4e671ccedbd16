import type { SupabaseClient } from '@supabase/supabase-js';
import type { MinutesText, SavedMinutes } from '@/lib/minutes/draft';
import type { MinutesState } from '@/lib/workflow/minutes';
import { rowsOf } from './errors';

/** One revision of a meeting's minutes, as RLS lets the user read it. */
export interface MinutesRevision {
  id: string;
  meeting_id: string;
  round_id: string;
  team_id: string;
  revision: number;
  state: MinutesState;
  attendance: string;
  agenda: string;
  positions: string;
  decisions: string;
  follow_ups: string;
  version: number;
  updated_at: string;
  submitted_at: string | null;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  review_comment: string;
  approved_as_substitute: boolean;
  /** Every return of this revision, oldest first. */
  return_history: { comment: string; by: string | null; at: string }[];
}

const REVISION_COLUMNS =
  'id, meeting_id, round_id, team_id, revision, state, attendance, agenda, positions, decisions, follow_ups, version, updated_at, submitted_at, reviewed_by_name, reviewed_at, review_comment, approved_as_substitute, return_history';

export const minutesTextOf = (row: Pick<MinutesRevision, 'attendance' | 'agenda' | 'positions' | 'decisions' | 'follow_ups'>): MinutesText => ({
  attendance: row.attendance,
  agenda: row.agenda,
  positions: row.positions,
  decisions: row.decisions,
  followUps: row.follow_ups,
});

/**
 * The revision an editor builds on: a draft or returned revision as saved, or, after approval, its
 * text as the start of a correction (version 0: the next save begins the next revision).
 */
export const draftOfMinutes = (row: MinutesRevision): SavedMinutes => ({
  ...minutesTextOf(row),
  version: row.state === 'approved' ? 0 : row.version,
  savedAt: row.state === 'approved' ? null : row.updated_at,
});

/** Every revision of a meeting's minutes the user may read (RLS: writers all, others approved ones only), newest first. */
export async function listMinutesRevisions(client: SupabaseClient, meetingId: string): Promise<MinutesRevision[]> {
  return rowsOf(
    await client.from('minutes_revisions').select(REVISION_COLUMNS).eq('meeting_id', meetingId).order('revision', { ascending: false }).returns<MinutesRevision[]>(),
  );
}

/** The latest revision of a meeting's minutes the user may read, or null. */
export async function latestMinutes(client: SupabaseClient, meetingId: string): Promise<MinutesRevision | null> {
  return (await listMinutesRevisions(client, meetingId))[0] ?? null;
}

/** The latest approved revision of each meeting of a round that the user may read (the public: open meetings only). */
export async function listApprovedMinutes(client: SupabaseClient, roundId: string): Promise<MinutesRevision[]> {
  const rows = rowsOf(
    await client
      .from('minutes_revisions')
      .select(REVISION_COLUMNS)
      .eq('round_id', roundId)
      .eq('state', 'approved')
      .order('revision', { ascending: false })
      .returns<MinutesRevision[]>(),
  );
  return rows.filter((row, index) => rows.findIndex((other) => other.meeting_id === row.meeting_id) === index);
}

/** The minutes awaiting review, latest revisions in the submitted state that the user may read, oldest first. */
export async function listSubmittedMinutes(client: SupabaseClient): Promise<MinutesRevision[]> {
  return rowsOf(
    await client.from('minutes_revisions').select(REVISION_COLUMNS).eq('state', 'submitted').order('submitted_at').returns<MinutesRevision[]>(),
  );
}

/** What the meeting's outcome says of who came: for the minutes' attendance when it is still empty. */
export interface HeldOutcome {
  held: boolean;
  organisations: string[];
  organisation_count: number | null;
  departments: { department: { name: string } }[];
}

export async function getOutcomeForMinutes(client: SupabaseClient, meetingId: string): Promise<HeldOutcome | null> {
  return rowsOf(
    await client
      .from('meeting_outcomes')
      .select('held, organisations, organisation_count, departments:meeting_outcome_departments(department:departments(name))')
      .eq('meeting_id', meetingId)
      .maybeSingle<HeldOutcome>(),
  );
}

const saveArgs = (meetingId: string, expectedVersion: number, text: MinutesText) => ({
  meeting_id: meetingId,
  expected_version: expectedVersion,
  attendance: text.attendance,
  agenda: text.agenda,
  positions: text.positions,
  decisions: text.decisions,
  follow_ups: text.followUps,
});

/** Saves the open revision (a version 0 save of approved minutes begins a correction). A stale version raises minutes.conflict. */
export async function saveMinutes(client: SupabaseClient, meetingId: string, expectedVersion: number, text: MinutesText): Promise<MinutesRevision> {
  return rowsOf(await client.rpc('save_minutes', saveArgs(meetingId, expectedVersion, text)).single<MinutesRevision>());
}

/** Submits the open revision to the team's moderator (the coordinators when there is none). */
export async function submitMinutes(client: SupabaseClient, meetingId: string, expectedVersion: number): Promise<MinutesRevision> {
  return rowsOf(await client.rpc('submit_minutes', { meeting_id: meetingId, expected_version: expectedVersion }).single<MinutesRevision>());
}

/** Approves, or returns with a comment, the submitted revision. */
export async function reviewMinutes(client: SupabaseClient, meetingId: string, approve: boolean, comment: string): Promise<MinutesRevision> {
  return rowsOf(await client.rpc('review_minutes', { meeting_id: meetingId, approve, comment }).single<MinutesRevision>());
}
