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

/** What the sign-up form asks the database for: the person, the link's token and keyed hashes for the throttle. */
export interface SignupRequest {
  meetingId: string;
  organisation: string;
  personName: string;
  email: string;
  accessibilityNeeds: string;
  token: string;
  confirmUrl: string;
  addressHash: string;
  clientHash: string;
}

/**
 * Signs a person up, or renews the link of an address not confirmed yet, and queues the e-mail
 * with the link. Service role only. A meeting that takes no sign-ups raises `signups.closed`.
 */
export async function requestMeetingSignup(client: SupabaseClient, request: SignupRequest): Promise<'sent' | 'already_confirmed' | 'throttled'> {
  return rowsOf(
    await client.rpc('request_meeting_signup', {
      meeting_id: request.meetingId,
      organisation: request.organisation,
      person_name: request.personName,
      email: request.email,
      accessibility_needs: request.accessibilityNeeds,
      token: request.token,
      confirm_url: request.confirmUrl,
      address_hash: request.addressHash,
      client_hash: request.clientHash,
    }),
  ) as 'sent' | 'already_confirmed' | 'throttled';
}

export type SignupConfirmation = { meetingId: string; roundId: string; status: 'confirmed' | 'already_confirmed' | 'expired' } | { status: 'unknown' };

/** Confirms the sign-up whose link holds `token`. Service role only. */
export async function confirmMeetingSignup(client: SupabaseClient, token: string): Promise<SignupConfirmation> {
  const rows = rowsOf(await client.rpc('confirm_meeting_signup', { token })) as { meeting_id: string; round_id: string; status: 'confirmed' | 'already_confirmed' | 'expired' }[];
  const row = rows[0];
  return row ? { meetingId: row.meeting_id, roundId: row.round_id, status: row.status } : { status: 'unknown' };
}

/** Queues the reminders due the day before a meeting, once per participant. Service role only; returns how many. */
export async function sendMeetingReminders(client: SupabaseClient): Promise<number> {
  return rowsOf(await client.rpc('send_meeting_reminders')) as number;
}

/** Deletes the sign-ups whose time is up (unconfirmed after a week, all 90 days after the summary). Service role only; returns how many. */
export async function purgeMeetingSignups(client: SupabaseClient): Promise<number> {
  return rowsOf(await client.rpc('purge_meeting_signups')) as number;
}
