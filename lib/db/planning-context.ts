import type { SupabaseClient } from '@supabase/supabase-js';
import type { MeetingFormOptions } from '@/lib/schemas/planning';
import { getRound } from './rounds';
import { currentModerator, listTeams, listVenues, listVersions } from './schedule';

/** What the coordinator's schedule pages of one round need: the round, its versions and the form's choices. */
export async function planningContext(client: SupabaseClient, roundId: string) {
  const round = await getRound(client, roundId);
  if (!round) return null;
  const [teams, venues, versions] = await Promise.all([listTeams(client, round.programme_id), listVenues(client), listVersions(client, round.id)]);
  const options: MeetingFormOptions = {
    teams: teams.map((team) => ({ id: team.id, name: team.name, vacant: !currentModerator(team) })),
    venues,
    reasonRequired: versions.length > 0,
  };
  return { round, versions, options, vacantTeamIds: options.teams.filter((team) => team.vacant).map((team) => team.id) };
}
