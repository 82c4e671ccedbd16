import type { SupabaseClient } from '@supabase/supabase-js';
import type { RoundStatus } from '@/lib/workflow/round-status';
import { rowsOf } from './errors';

export interface PublicRound {
  id: string;
  number: number;
  title: string;
  status: RoundStatus;
  starts_on: string | null;
  ends_on: string | null;
  programme: { id: string; title: string; year_from: number; year_to: number };
}

/** The rounds the public may read, newest first. */
export async function listPublicRounds(client: SupabaseClient): Promise<PublicRound[]> {
  return rowsOf(
    await client
      .from('rounds')
      .select('id, number, title, status, starts_on, ends_on, programme:programmes!inner(id, title, year_from, year_to)')
      .eq('is_public', true)
      .order('starts_on', { ascending: false, nullsFirst: false })
      .order('number', { ascending: false })
      .returns<PublicRound[]>(),
  );
}
