import type { SupabaseClient } from '@supabase/supabase-js';
import { isUuid } from '@/lib/schemas/fields';
import { getRoundWithProgramme } from './rounds';
import { listVacantTeams, listVersions } from './schedule';

/**
 * A round's issued schedule as `client` may read it (RLS decides: the anon client for the public,
 * the user's for staff): the round, its issued versions (newest first; never the draft) and which
 * of its programme's teams have no moderator now.
 */
export async function issuedSchedule(client: SupabaseClient, roundId: string) {
  if (!isUuid(roundId)) return null;
  const round = await getRoundWithProgramme(client, roundId);
  if (!round) return null;
  const [versions, vacantTeams] = await Promise.all([listVersions(client, round.id), listVacantTeams(client, round.programme_id)]);
  return { round, versions, vacantTeams, vacantTeamIds: vacantTeams.map((team) => team.id) };
}
