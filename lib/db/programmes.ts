import type { SupabaseClient } from '@supabase/supabase-js';
import type { Programme } from '@/lib/schemas/programmes';
import type { RoundStatus } from '@/lib/workflow/round-status';
import { rowsOf } from './errors';

export interface ProgrammeRow {
  id: string;
  title: string;
  year_from: number;
  year_to: number;
}

export interface ProgrammeWithRounds extends ProgrammeRow {
  rounds: { id: string; number: number; title: string; status: RoundStatus; is_public: boolean; starts_on: string | null; ends_on: string | null }[];
}

const WITH_ROUNDS = 'id, title, year_from, year_to, rounds(id, number, title, status, is_public, starts_on, ends_on)';

export async function listProgrammes(client: SupabaseClient): Promise<ProgrammeWithRounds[]> {
  return rowsOf(
    await client
      .from('programmes')
      .select(WITH_ROUNDS)
      .order('year_from', { ascending: false })
      .order('number', { referencedTable: 'rounds' })
      .returns<ProgrammeWithRounds[]>(),
  );
}

export async function getProgramme(client: SupabaseClient, id: string): Promise<ProgrammeWithRounds | null> {
  return rowsOf(
    await client.from('programmes').select(WITH_ROUNDS).eq('id', id).order('number', { referencedTable: 'rounds' }).maybeSingle<ProgrammeWithRounds>(),
  );
}

const columns = (programme: Programme) => ({ title: programme.title, year_from: programme.yearFrom, year_to: programme.yearTo });

export async function createProgramme(client: SupabaseClient, programme: Programme): Promise<ProgrammeRow> {
  return rowsOf(await client.from('programmes').insert(columns(programme)).select('id, title, year_from, year_to').single<ProgrammeRow>());
}

export async function updateProgramme(client: SupabaseClient, id: string, programme: Programme): Promise<ProgrammeRow> {
  return rowsOf(await client.from('programmes').update(columns(programme)).eq('id', id).select('id, title, year_from, year_to').single<ProgrammeRow>());
}

/** Removes a programme nothing refers to: the database refuses while it has rounds, teams or assumptions. False: there was none to remove. */
export async function removeProgramme(client: SupabaseClient, id: string): Promise<boolean> {
  return rowsOf(await client.from('programmes').delete().eq('id', id).select('id')).length === 1;
}
