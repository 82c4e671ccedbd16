import type { SupabaseClient } from '@supabase/supabase-js';
import type { BookedMeeting, ScheduleMeeting } from '@/lib/schedule/types';
import { rowsOf } from './errors';

export interface TeamWithModerators {
  id: string;
  programme_id: string;
  name: string;
  sort_order: number;
  moderators: {
    id: string;
    profile_id: string;
    starts_on: string;
    ends_on: string | null;
    end_reason: 'replaced' | 'resigned' | 'removed' | null;
    profile: { full_name: string; email: string } | null;
  }[];
}

/** A team is vacant when no moderator's term is open. */
export const currentModerator = (team: TeamWithModerators) => team.moderators.find((moderator) => moderator.ends_on === null) ?? null;

const TEAM_COLUMNS =
  'id, programme_id, name, sort_order, moderators:team_moderators(id, profile_id, starts_on, ends_on, end_reason, profile:profiles(full_name, email))';

export async function getTeam(client: SupabaseClient, id: string): Promise<TeamWithModerators | null> {
  return rowsOf(
    await client
      .from('sector_teams')
      .select(TEAM_COLUMNS)
      .eq('id', id)
      .order('starts_on', { referencedTable: 'team_moderators', ascending: false })
      .maybeSingle<TeamWithModerators>(),
  );
}

/** The teams of a programme, or of every programme, with their moderators' terms (newest first). */
export async function listTeams(client: SupabaseClient, programmeId?: string): Promise<TeamWithModerators[]> {
  const query = client.from('sector_teams').select(TEAM_COLUMNS);
  return rowsOf(
    await (programmeId ? query.eq('programme_id', programmeId) : query)
      .order('sort_order')
      .order('name')
      .order('starts_on', { referencedTable: 'team_moderators', ascending: false })
      .returns<TeamWithModerators[]>(),
  );
}

/** The teams without a moderator now, of one programme or of all. */
export async function listVacantTeams(client: SupabaseClient, programmeId?: string): Promise<{ id: string; name: string }[]> {
  return (await listTeams(client, programmeId)).filter((team) => !currentModerator(team)).map(({ id, name }) => ({ id, name }));
}

export interface VenueWithRooms {
  id: string;
  name: string;
  address: string;
  rooms: { id: string; name: string }[];
}

export async function listVenues(client: SupabaseClient): Promise<VenueWithRooms[]> {
  return rowsOf(
    await client.from('venues').select('id, name, address, rooms:venue_rooms(id, name)').order('name').order('name', { referencedTable: 'venue_rooms' }).returns<VenueWithRooms[]>(),
  );
}

export async function getVenue(client: SupabaseClient, id: string): Promise<VenueWithRooms | null> {
  return rowsOf(
    await client.from('venues').select('id, name, address, rooms:venue_rooms(id, name)').eq('id', id).order('name', { referencedTable: 'venue_rooms' }).maybeSingle<VenueWithRooms>(),
  );
}

interface MeetingRow {
  id: string;
  team_id: string;
  scope: string | null;
  venue_id: string;
  room_id: string | null;
  starts_at: string;
  ends_at: string;
  is_public: boolean;
  cancelled: boolean;
  change_reason: string | null;
  sequence: number;
  team: { name: string };
  venue: { name: string; address: string };
  room: { name: string } | null;
}

const toMeeting = (row: MeetingRow): ScheduleMeeting => ({
  id: row.id,
  teamId: row.team_id,
  teamName: row.team.name,
  scope: row.scope,
  venueId: row.venue_id,
  venueName: row.venue.name,
  venueAddress: row.venue.address,
  roomId: row.room_id,
  roomName: row.room?.name ?? null,
  startsAt: new Date(row.starts_at).toISOString(),
  endsAt: new Date(row.ends_at).toISOString(),
  isPublic: row.is_public,
  cancelled: row.cancelled,
  changeReason: row.change_reason,
  sequence: row.sequence,
});

const MEETING_COLUMNS =
  'id, team_id, scope, venue_id, room_id, starts_at, ends_at, is_public, cancelled, change_reason, sequence, team:sector_teams(name), venue:venues(name, address), room:venue_rooms!meeting_room_of_venue(name)';

/** The draft schedule of a round (what RLS lets the client see of it). */
export async function listMeetings(client: SupabaseClient, roundId: string): Promise<ScheduleMeeting[]> {
  const rows = rowsOf(await client.from('meetings').select(MEETING_COLUMNS).eq('round_id', roundId).order('starts_at').returns<MeetingRow[]>());
  return rows.map(toMeeting);
}

/** One meeting, if RLS lets the client read it. */
export async function getMeeting(client: SupabaseClient, meetingId: string): Promise<ScheduleMeeting | null> {
  const row = rowsOf(await client.from('meetings').select(MEETING_COLUMNS).eq('id', meetingId).maybeSingle<MeetingRow>());
  return row ? toMeeting(row) : null;
}

/** Every draft meeting in the given time window, of any round (rooms and teams are shared), with its round's title. */
export async function listMeetingsBetween(client: SupabaseClient, from: string, to: string): Promise<BookedMeeting[]> {
  const rows = rowsOf(
    await client
      .from('meetings')
      .select(`${MEETING_COLUMNS}, round:rounds(title)`)
      .lt('starts_at', to)
      .gt('ends_at', from)
      .eq('cancelled', false)
      .returns<(MeetingRow & { round: { title: string } })[]>(),
  );
  return rows.map((row) => ({ ...toMeeting(row), roundTitle: row.round.title }));
}

export interface ScheduleVersion {
  id: string;
  round_id: string;
  number: number;
  as_of: string;
  issued_at: string;
  meetings: ScheduleMeeting[];
}

export async function listVersions(client: SupabaseClient, roundId: string): Promise<ScheduleVersion[]> {
  return rowsOf(
    await client.from('schedule_versions').select('id, round_id, number, as_of, issued_at, meetings').eq('round_id', roundId).order('number', { ascending: false }).returns<ScheduleVersion[]>(),
  );
}

/** The latest issued version that lists this meeting: for its calendar file. */
export async function latestVersionWithMeeting(client: SupabaseClient, meetingId: string): Promise<ScheduleVersion | null> {
  return rowsOf(
    await client
      .from('schedule_versions')
      .select('id, round_id, number, as_of, issued_at, meetings')
      .contains('meetings', JSON.stringify([{ id: meetingId }]))
      .order('number', { ascending: false })
      .limit(1)
      .maybeSingle<ScheduleVersion>(),
  );
}

/** The teams a moderator leads now. */
export async function listModeratedTeams(client: SupabaseClient, profileId: string): Promise<{ id: string; name: string }[]> {
  const rows = rowsOf(
    await client
      .from('team_moderators')
      .select('team:sector_teams(id, name)')
      .eq('profile_id', profileId)
      .is('ends_on', null)
      .returns<{ team: { id: string; name: string } }[]>(),
  );
  return rows.map((row) => row.team);
}

/** The rounds a department's staff or a moderator takes part in: their department's, or their teams' meetings'. */
export async function listParticipatingRoundIds(client: SupabaseClient, user: { role: string; departmentId: string | null }): Promise<Set<string>> {
  if (user.role === 'department') {
    const rows = rowsOf(await client.from('round_departments').select('round_id').eq('department_id', user.departmentId).returns<{ round_id: string }[]>());
    return new Set(rows.map((row) => row.round_id));
  }
  // RLS shows a moderator the meetings of the teams they moderate, and nothing else.
  const rows = rowsOf(await client.from('meetings').select('round_id').returns<{ round_id: string }[]>());
  return new Set(rows.map((row) => row.round_id));
}
