import 'server-only';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/session';
import { findWritableAssumption, listWritableTeams } from '@/lib/db/assumptions';
import { getProgramme } from '@/lib/db/programmes';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

/** For the pages of a programme's assumptions: the writer, the programme and the teams they write for; else the 403 or 404 page. */
export async function requireProgrammeToWrite(id: string) {
  const user = await requirePermission('assumptions.write');
  const client = createUserClient(user);
  const programme = isUuid(id) ? await getProgramme(client, id) : null;
  if (!programme) notFound();
  return { user, client, programme, teams: await listWritableTeams(client, user, programme.id) };
}

/** For the pages of one assumption: the writer and the assumption, if they write its team's; else the 403 or 404 page. */
export async function requireAssumptionToWrite(id: string) {
  const user = await requirePermission('assumptions.write');
  const client = createUserClient(user);
  const assumption = isUuid(id) ? await findWritableAssumption(client, user, id) : null;
  if (!assumption) notFound();
  return { user, client, assumption };
}
