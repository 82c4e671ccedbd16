import 'server-only';
import { createAnonClient } from '@/lib/supabase/server';
import { getRoundWithProgramme } from './rounds';
import { getSummaryContent, getSummaryPdf, listSummaryArchive, listSummaryVersions } from './summary-versions';

/*
 * What the public reads of published summaries, read with the anon client: the same for everyone,
 * nothing private. Read from the database at each rendering; a visitor's pages are rendered once
 * per change and then served from the public page cache (lib/public-cache), which every server
 * drops when the database says something public changed.
 */

/** A version number from an address, or null for anything that cannot be one (a 404, never an error). */
export const versionNumberOf = (text: string) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : null);

/** A public round's published summary: the version asked for (the latest without a number), and the list of all. */
export async function publicSummary(roundId: string, number: number | null) {
  const client = createAnonClient();
  const versions = await listSummaryVersions(client, roundId);
  const shown = number === null ? versions[0] : versions.find((version) => version.number === number);
  if (!shown) return null;
  const [round, content] = await Promise.all([getRoundWithProgramme(client, roundId), getSummaryContent(client, roundId, shown.number)]);
  if (!round || !content) return null;
  return { round: { id: round.id, title: round.title, programme: round.programme.title }, versions, shown, content };
}

/** A published version's PDF (base64), or null when the round is not public or has no such version. */
export const publicSummaryPdf = (roundId: string, number: number) => getSummaryPdf(createAnonClient(), roundId, number);

/** Every published summary of every public round, newest first. */
export const publicSummaryArchive = () => listSummaryArchive(createAnonClient());
