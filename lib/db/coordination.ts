import type { SupabaseClient } from '@supabase/supabase-js';
import { decisionParagraphs, type CoordinationMeetingInput } from '@/lib/schemas/coordination';
import { rowsOf } from './errors';

export interface CoordinationMeeting {
  id: string;
  round_id: string;
  title: string;
  held_on: string;
  venue_id: string | null;
  participants: string;
  purpose: string;
  version: number;
  venue: { name: string; address: string } | null;
  decisions: { position: number; body: string }[];
}

const COLUMNS = 'id, round_id, title, held_on, venue_id, participants, purpose, version, venue:venues(name, address), decisions:coordination_decisions(position, body)';

/** A round's coordination meetings, oldest first, each with its decisions in order. */
export async function listCoordinationMeetings(client: SupabaseClient, roundId: string): Promise<CoordinationMeeting[]> {
  return rowsOf(
    await client
      .from('coordination_meetings')
      .select(COLUMNS)
      .eq('round_id', roundId)
      .order('held_on')
      .order('position', { referencedTable: 'coordination_decisions' })
      .returns<CoordinationMeeting[]>(),
  );
}

export async function getCoordinationMeeting(client: SupabaseClient, id: string): Promise<CoordinationMeeting | null> {
  return rowsOf(
    await client
      .from('coordination_meetings')
      .select(COLUMNS)
      .eq('id', id)
      .order('position', { referencedTable: 'coordination_decisions' })
      .maybeSingle<CoordinationMeeting>(),
  );
}

/** Creates or corrects the meeting and replaces its decisions, in one transaction; answers its id. */
export async function saveCoordinationMeeting(client: SupabaseClient, input: CoordinationMeetingInput): Promise<string> {
  const saved = rowsOf(
    await client
      .rpc('save_coordination_meeting', {
        meeting_id: input.id,
        round_id: input.roundId,
        expected_version: input.expectedVersion,
        title: input.title,
        held_on: input.heldOn,
        venue_id: input.venueId,
        participants: input.participants,
        purpose: input.purpose,
        decisions: decisionParagraphs(input.decisions),
      })
      .single<{ id: string }>(),
  );
  return saved.id;
}
