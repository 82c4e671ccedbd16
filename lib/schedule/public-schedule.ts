import 'server-only';
import { cache } from 'react';
import { getRoundWithProgramme } from '@/lib/db/rounds';
import { listVacantTeamIds, listVersions } from '@/lib/db/schedule';
import { isUuid } from '@/lib/schemas/fields';
import { createAnonClient } from '@/lib/supabase/server';

/**
 * What the public may read of a round's schedule: the round (if public), its issued versions
 * (newest first; never the draft) and which of its teams have no moderator now. Once per request.
 */
export const publicSchedule = cache(async (roundId: string) => {
  if (!isUuid(roundId)) return null;
  const client = createAnonClient();
  const round = await getRoundWithProgramme(client, roundId);
  if (!round) return null;
  const [versions, vacant] = await Promise.all([listVersions(client, round.id), listVacantTeamIds(client, round.programme_id)]);
  return { round, versions, vacantTeamIds: [...vacant] };
});
