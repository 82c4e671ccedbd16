import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';

export interface ConfirmedSignup {
  id: string;
  organisation: string;
  person_name: string;
  email: string;
  accessibility_needs: string;
  confirmed_at: string;
}

/** The confirmed participants of a meeting: RLS shows them to coordinators and the team's moderator only. */
export async function listConfirmedSignups(client: SupabaseClient, meetingId: string): Promise<ConfirmedSignup[]> {
  return rowsOf(
    await client
      .from('meeting_signups')
      .select('id, organisation, person_name, email, accessibility_needs, confirmed_at')
      .eq('meeting_id', meetingId)
      .not('confirmed_at', 'is', null)
      .order('organisation')
      .returns<ConfirmedSignup[]>(),
  );
}
