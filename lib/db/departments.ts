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
