import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';

export interface Department {
  id: string;
  kind: 'city_department' | 'municipal_unit' | 'coordinating';
  name: string;
  short_name: string;
}

export async function listDepartments(client: SupabaseClient): Promise<Department[]> {
  return rowsOf(await client.from('departments').select('id, kind, name, short_name').order('name').returns<Department[]>());
}

/** The department that runs the consultations (the seed's Wydział Spraw Społecznych), or null if none is set up. */
export async function getOrganiser(client: SupabaseClient): Promise<Pick<Department, 'name'> | null> {
  const rows = rowsOf(await client.from('departments').select('name').eq('kind', 'coordinating').order('name').limit(1).returns<Pick<Department, 'name'>[]>());
  return rows[0] ?? null;
}
