import type { SupabaseClient } from '@supabase/supabase-js';
import type { Round } from '@/lib/schemas/programmes';
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

export interface RoundRow {
  id: string;
  programme_id: string;
  number: number;
  title: string;
  status: RoundStatus;
  starts_on: string | null;
  ends_on: string | null;
  is_public: boolean;
}

const ROUND_COLUMNS = 'id, programme_id, number, title, status, starts_on, ends_on, is_public';

/** The rounds a signed-in user may read (RLS decides which), with their programme, newest first. */
export async function listRounds(client: SupabaseClient, options: { excludeClosed?: boolean } = {}): Promise<(RoundRow & Pick<PublicRound, 'programme'>)[]> {
  const query = client
    .from('rounds')
    .select(`${ROUND_COLUMNS}, programme:programmes!inner(id, title, year_from, year_to)`)
    .order('starts_on', { ascending: false, nullsFirst: true })
    .order('number', { ascending: false });
  return rowsOf(await (options.excludeClosed ? query.neq('status', 'closed') : query).returns<(RoundRow & Pick<PublicRound, 'programme'>)[]>());
}

export async function getRound(client: SupabaseClient, id: string): Promise<RoundRow | null> {
  return rowsOf(await client.from('rounds').select(ROUND_COLUMNS).eq('id', id).maybeSingle<RoundRow>());
}

const roundColumns = (round: Round) => ({
  programme_id: round.programmeId,
  number: round.number,
  title: round.title,
  starts_on: round.startsOn,
  ends_on: round.endsOn,
  is_public: round.isPublic,
});

/** A new round starts in planning; its status then changes only through change_round_status. */
export async function createRound(client: SupabaseClient, round: Round): Promise<RoundRow> {
  return rowsOf(await client.from('rounds').insert(roundColumns(round)).select(ROUND_COLUMNS).single<RoundRow>());
}

export async function updateRound(client: SupabaseClient, id: string, round: Round): Promise<RoundRow> {
  return rowsOf(await client.from('rounds').update(roundColumns(round)).eq('id', id).select(ROUND_COLUMNS).single<RoundRow>());
}

/** One round with its programme, if the client may read it (anon: public rounds only). */
export async function getRoundWithProgramme(client: SupabaseClient, id: string): Promise<(RoundRow & Pick<PublicRound, 'programme'>) | null> {
  return rowsOf(
    await client
      .from('rounds')
      .select(`${ROUND_COLUMNS}, programme:programmes!inner(id, title, year_from, year_to)`)
      .eq('id', id)
      .maybeSingle<RoundRow & Pick<PublicRound, 'programme'>>(),
  );
}

/** Moves the round along one of the allowed transitions (the database checks the move and the permission). */
export async function changeRoundStatus(client: SupabaseClient, roundId: string, status: RoundStatus): Promise<RoundRow> {
  return rowsOf(await client.rpc('change_round_status', { round_id: roundId, new_status: status }).select(ROUND_COLUMNS).single<RoundRow>());
}
