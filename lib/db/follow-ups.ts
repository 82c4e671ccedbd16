import type { SupabaseClient } from '@supabase/supabase-js';
import type { FollowUpStatus } from '@/lib/meetings/outcomes';
import { rowsOf } from './errors';

export interface FollowUp {
  id: string;
  meeting_id: string;
  organisation: string;
  subject: string;
  status: FollowUpStatus;
  talks_on: string | null;
  note: string;
  department: { id: string; name: string };
}

/** A follow-up with the meeting it came from, for the department's home. */
export interface DepartmentFollowUp extends FollowUp {
  team: { name: string };
  round: { title: string };
  outcome: { meeting: { starts_at: string } };
}

const COLUMNS = 'id, meeting_id, organisation, subject, status, talks_on, note, department:departments(id, name)';

/** The follow-ups of one meeting, oldest first (RLS: the coordinators, the team's moderator, the departments invited). */
export async function listMeetingFollowUps(client: SupabaseClient, meetingId: string): Promise<FollowUp[]> {
  return rowsOf(await client.from('follow_ups').select(COLUMNS).eq('meeting_id', meetingId).order('created_at').returns<FollowUp[]>());
}

/** The follow-ups addressed to a department: open ones (invited, scheduled) first, then by date. */
export async function listDepartmentFollowUps(client: SupabaseClient, departmentId: string): Promise<DepartmentFollowUp[]> {
  const rows = rowsOf(
    await client
      .from('follow_ups')
      .select(`${COLUMNS}, team:sector_teams(name), round:rounds(title), outcome:meeting_outcomes(meeting:meetings(starts_at))`)
      .eq('department_id', departmentId)
      .order('created_at')
      .returns<DepartmentFollowUp[]>(),
  );
  const open = (status: FollowUpStatus) => (status === 'invited' || status === 'scheduled' ? 0 : 1);
  return rows.sort((a, b) => open(a.status) - open(b.status));
}

export async function createFollowUp(client: SupabaseClient, followUp: { meetingId: string; departmentId: string; organisation: string; subject: string }): Promise<FollowUp> {
  return rowsOf(
    await client
      .rpc('create_follow_up', { meeting_id: followUp.meetingId, department_id: followUp.departmentId, organisation: followUp.organisation, subject: followUp.subject })
      .single<FollowUp>(),
  );
}

export async function updateFollowUp(client: SupabaseClient, update: { followUpId: string; status: FollowUpStatus; talksOn: string | null; note: string }): Promise<void> {
  rowsOf(await client.rpc('update_follow_up', { follow_up_id: update.followUpId, status: update.status, talks_on: update.talksOn, note: update.note }));
}
