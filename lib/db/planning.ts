import type { SupabaseClient } from '@supabase/supabase-js';
import type { Meeting } from '@/lib/schemas/planning';
import { rowsOf } from './errors';

export async function createTeam(client: SupabaseClient, programmeId: string, name: string): Promise<{ id: string }> {
  return rowsOf(await client.from('sector_teams').insert({ programme_id: programmeId, name }).select('id').single<{ id: string }>());
}

export async function renameTeam(client: SupabaseClient, id: string, name: string): Promise<void> {
  rowsOf(await client.from('sector_teams').update({ name }).eq('id', id).select('id').single());
}

/** Removes a team nothing refers to (the database refuses while meetings or assumptions do); its moderators' terms go with it. */
export async function removeTeam(client: SupabaseClient, id: string): Promise<{ programme_id: string } | null> {
  return rowsOf(await client.from('sector_teams').delete().eq('id', id).select('programme_id').maybeSingle<{ programme_id: string }>());
}

export async function updateVenue(client: SupabaseClient, venue: { id: string; name: string; address: string }): Promise<void> {
  rowsOf(await client.from('venues').update({ name: venue.name, address: venue.address }).eq('id', venue.id).select('id').single());
}

/** Removes a venue (and its rooms) no meeting refers to; the database refuses otherwise. False: there was none. */
export async function removeVenue(client: SupabaseClient, id: string): Promise<boolean> {
  return rowsOf(await client.from('venues').delete().eq('id', id).select('id')).length === 1;
}

/** Adds a room to the venue (no id) or renames one of its rooms. */
export async function saveRoom(client: SupabaseClient, room: { venueId: string; id: string | null; name: string }): Promise<void> {
  const rooms = client.from('venue_rooms');
  rowsOf(await (room.id ? rooms.update({ name: room.name }).eq('id', room.id).eq('venue_id', room.venueId) : rooms.insert({ venue_id: room.venueId, name: room.name })).select('id').single());
}

/** Removes a room no meeting refers to; the database refuses otherwise. False: there was none. */
export async function removeRoom(client: SupabaseClient, id: string): Promise<boolean> {
  return rowsOf(await client.from('venue_rooms').delete().eq('id', id).select('id')).length === 1;
}

/** Assigns a moderator; the current one, if any, is ended as replaced (history kept). */
export async function assignModerator(client: SupabaseClient, teamId: string, profileId: string, startsOn: string): Promise<void> {
  rowsOf(await client.rpc('assign_moderator', { team_id: teamId, profile_id: profileId, starts_on: startsOn }));
}

/** The moderator resigned or was removed: the team is vacant from that day. */
export async function endModeration(client: SupabaseClient, teamId: string, endsOn: string, reason: 'resigned' | 'removed'): Promise<void> {
  rowsOf(await client.rpc('end_moderation', { team_id: teamId, ends_on: endsOn, reason }));
}

export async function listModeratorUsers(client: SupabaseClient): Promise<{ id: string; full_name: string; email: string }[]> {
  return rowsOf(
    await client.from('profiles').select('id, full_name, email').eq('role', 'moderator').eq('active', true).order('full_name').returns<{ id: string; full_name: string; email: string }[]>(),
  );
}

export async function createVenue(client: SupabaseClient, venue: { name: string; address: string; rooms: string[] }): Promise<void> {
  rowsOf(await client.rpc('create_venue', { name: venue.name, address: venue.address, rooms: venue.rooms }));
}

export async function setRoundDepartments(client: SupabaseClient, roundId: string, departmentIds: string[]): Promise<void> {
  rowsOf(await client.rpc('set_round_departments', { round_id: roundId, department_ids: departmentIds }));
}

export async function listRoundDepartmentIds(client: SupabaseClient, roundId: string): Promise<string[]> {
  return rowsOf(await client.from('round_departments').select('department_id').eq('round_id', roundId).returns<{ department_id: string }[]>()).map(
    (row) => row.department_id,
  );
}

const meetingColumns = (meeting: Meeting) => ({
  team_id: meeting.teamId,
  scope: meeting.scope,
  venue_id: meeting.venueId,
  room_id: meeting.roomId,
  starts_at: meeting.startsAt,
  ends_at: meeting.endsAt,
  is_public: meeting.isPublic,
  // An edit without a reason keeps the one given earlier since the last version.
  ...(meeting.changeReason ? { change_reason: meeting.changeReason } : {}),
});

export async function addMeeting(client: SupabaseClient, meeting: Meeting): Promise<void> {
  rowsOf(await client.from('meetings').insert({ round_id: meeting.roundId, ...meetingColumns(meeting) }));
}

export async function updateMeeting(client: SupabaseClient, id: string, meeting: Meeting): Promise<void> {
  const updated = rowsOf(await client.from('meetings').update(meetingColumns(meeting)).eq('id', id).select('id'));
  if (updated.length === 0) throw new Error(`Meeting ${id} was not updated`);
}

export async function cancelMeeting(client: SupabaseClient, id: string, reason: string): Promise<void> {
  rowsOf(await client.from('meetings').update({ cancelled: true, change_reason: reason }).eq('id', id));
}

/** A cancelled meeting held as planned after all (false: it was not cancelled); the database refuses if its room or team is taken meanwhile. */
export async function restoreMeeting(client: SupabaseClient, id: string, reason: string | null): Promise<boolean> {
  return rowsOf(await client.from('meetings').update({ cancelled: false, change_reason: reason }).eq('id', id).eq('cancelled', true).select('id')).length === 1;
}

export async function issueScheduleVersion(client: SupabaseClient, roundId: string, asOf: string): Promise<{ number: number }> {
  return rowsOf(await client.rpc('issue_schedule_version', { round_id: roundId, as_of: asOf }).single<{ number: number }>());
}

export async function getMeetingRound(client: SupabaseClient, meetingId: string): Promise<{ id: string; round_id: string } | null> {
  return rowsOf(await client.from('meetings').select('id, round_id').eq('id', meetingId).maybeSingle<{ id: string; round_id: string }>());
}

/** How many people issuing the next version would e-mail (the same rule the issue function uses). */
export async function scheduleRecipientCount(client: SupabaseClient, roundId: string): Promise<number> {
  return rowsOf(await client.rpc('schedule_recipient_count', { round_id: roundId })) as number;
}
