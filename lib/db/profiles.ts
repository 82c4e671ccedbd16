import type { SupabaseClient } from '@supabase/supabase-js';
import type { AppRole } from '@/lib/auth/roles';
import { rowsOf } from './errors';

export interface Profile {
  id: string;
  email: string;
  full_name: string;
  role: AppRole;
  department_id: string | null;
  active: boolean;
}

export interface ProfileWithDepartment extends Profile {
  department: { id: string; name: string; short_name: string } | null;
}

const PROFILE_COLUMNS = 'id, email, full_name, role, department_id, active';

/** Used at sign-in (with the service role): who is behind an address. Every request after reads the profile with its session (lib/db/sessions.ts). */
export async function findProfile(client: SupabaseClient, email: string): Promise<Profile | null> {
  return rowsOf(await client.from('profiles').select(PROFILE_COLUMNS).eq('email', email.trim().toLowerCase()).maybeSingle<Profile>());
}

export async function listUsers(client: SupabaseClient): Promise<ProfileWithDepartment[]> {
  return rowsOf(
    await client
      .from('profiles')
      .select(`${PROFILE_COLUMNS}, department:departments(id, name, short_name)`)
      .order('active', { ascending: false })
      .order('full_name')
      .returns<ProfileWithDepartment[]>(),
  );
}

export async function getUser(client: SupabaseClient, id: string): Promise<ProfileWithDepartment | null> {
  return rowsOf(
    await client
      .from('profiles')
      .select(`${PROFILE_COLUMNS}, department:departments(id, name, short_name)`)
      .eq('id', id)
      .maybeSingle<ProfileWithDepartment>(),
  );
}

export interface UserInvitation {
  email: string;
  fullName: string;
  role: AppRole;
  departmentId: string | null;
}

/** Creates the profile and queues the invitation e-mail, in one transaction (public.invite_user). */
export async function inviteUser(client: SupabaseClient, invitation: UserInvitation): Promise<Profile> {
  return rowsOf(
    await client
      .rpc('invite_user', {
        email: invitation.email,
        full_name: invitation.fullName,
        role: invitation.role,
        department_id: invitation.departmentId,
      })
      .single<Profile>(),
  );
}

export async function changeUserRole(client: SupabaseClient, userId: string, role: AppRole, departmentId: string | null): Promise<Profile> {
  return rowsOf(
    await client.rpc('change_user_role', { user_id: userId, new_role: role, new_department_id: departmentId }).single<Profile>(),
  );
}

export async function setUserActive(client: SupabaseClient, userId: string, active: boolean): Promise<Profile> {
  return rowsOf(await client.rpc('set_user_active', { user_id: userId, active }).single<Profile>());
}
