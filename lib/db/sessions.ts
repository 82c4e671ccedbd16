import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';
import type { Profile } from './profiles';

/*
 * Server-side sessions (public.user_sessions), reached with the service role only: a session lives
 * 12 hours at most and ends after 30 minutes without a request, at sign-out or when its user is
 * deactivated. The limits live in the database functions.
 */

/** At sign-in: a new session of an active profile, whose id the session cookie carries. */
export async function startSession(client: SupabaseClient, profileId: string): Promise<string> {
  return rowsOf(await client.rpc('start_session', { profile_id: profileId })) as string;
}

/** On every signed-in request, in one round trip: the session's profile if the session stands (and it is seen now), else null. */
export async function sessionProfile(client: SupabaseClient, sessionId: string): Promise<Profile | null> {
  return rowsOf(await client.rpc('session_profile', { session_id: sessionId }).maybeSingle<Profile>());
}

/** At sign-out: the session is revoked, so that its cookie, replayed, is refused. */
export async function endSession(client: SupabaseClient, sessionId: string): Promise<void> {
  rowsOf(await client.rpc('end_session', { session_id: sessionId }));
}
