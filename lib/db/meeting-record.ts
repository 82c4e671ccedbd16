import type { SupabaseClient } from '@supabase/supabase-js';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { rowsOf } from './errors';
import { getMeeting } from './schedule';

/** A meeting with its round and its team's moderator now (null when the team is vacant). */
export interface MeetingRecord {
  meeting: ScheduleMeeting;
  round: { id: string; title: string; is_public: boolean };
  moderator: { id: string; full_name: string } | null;
}

/** The meeting as the user may read it (RLS), or null: for the pages after a meeting's start. */
export async function getMeetingRecord(client: SupabaseClient, meetingId: string): Promise<MeetingRecord | null> {
  const meeting = await getMeeting(client, meetingId);
  if (!meeting) return null;
  const [round, moderators] = await Promise.all([
    client.from('meetings').select('round:rounds(id, title, is_public)').eq('id', meetingId).single<{ round: MeetingRecord['round'] }>(),
    client
      .from('team_moderators')
      .select('profile:profiles(id, full_name)')
      .eq('team_id', meeting.teamId)
      .is('ends_on', null)
      .returns<{ profile: { id: string; full_name: string } | null }[]>(),
  ]);
  return { meeting, round: rowsOf(round).round, moderator: rowsOf(moderators)[0]?.profile ?? null };
}
