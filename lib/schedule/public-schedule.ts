import 'server-only';
import { cache } from 'react';
import { getRoundWithProgramme } from '@/lib/db/rounds';
import { listProgrammeVacantTeams, listVersions } from '@/lib/db/schedule';
import { isUuid } from '@/lib/schemas/fields';
import { createAnonClient } from '@/lib/supabase/server';

/**
 * What the public may read of a round's schedule: the round (if public), its issued versions
 * (newest first; never the draft) and which of its programme's teams have no moderator now.
 * Once per request.
 */
export const publicSchedule = cache(async (roundId: string) => {
  if (!isUuid(roundId)) return null;
  const client = createAnonClient();
  const round = await getRoundWithProgramme(client, roundId);
  if (!round) return null;
  const [versions, vacantTeams] = await Promise.all([listVersions(client, round.id), listProgrammeVacantTeams(client, round.programme_id)]);
  return { round, versions, vacantTeams, vacantTeamIds: vacantTeams.map((team) => team.id) };
});
