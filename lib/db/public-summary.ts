import 'server-only';
import { unstable_cache, updateTag } from 'next/cache';
import { createAnonClient } from '@/lib/supabase/server';
import { getRoundWithProgramme } from './rounds';
import { getSummaryContent, getSummaryPdf, listSummaryArchive, listSummaryVersions } from './summary-versions';

/*
 * What the public reads of published summaries, from Next.js's data cache: a published version
 * never changes, so it is read from the database once. Publishing expires the round's tag (and the
 * archive's) with updateTag, so the next request reads the new version at once.
 *
 * unstable_cache, not 'use cache': the latter needs `cacheComponents`, which this app does not
 * enable (its pages render per request, with a per-request CSP nonce). Everything cached here is
 * read with the anon client, so it is the same for everyone and holds nothing private.
 */

/** A version number from an address, or null for anything that cannot be one (a 404, never an error). */
export const versionNumberOf = (text: string) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : null);

export const SUMMARY_ARCHIVE_TAG = 'summaries';
export const summaryTag = (roundId: string) => `summary:${roundId}`;

/**
 * After a write the public pages must show at once (in a server action): a round's new version,
 * or a round or programme renamed or made private. Every entry carries the archive's tag too, so
 * without a round everything is read again (rare: such edits are few).
 */
export function expirePublicSummaries(roundId?: string) {
  if (roundId) updateTag(summaryTag(roundId));
  updateTag(SUMMARY_ARCHIVE_TAG);
}

const cachedForRound = <Args extends unknown[], Result>(name: string, read: (roundId: string, ...args: Args) => Promise<Result>) =>
  (roundId: string, ...args: Args) =>
    unstable_cache(() => read(roundId, ...args), [name, roundId, ...args.map(String)], { tags: [summaryTag(roundId), SUMMARY_ARCHIVE_TAG] })();

/** A public round's published summary: the version asked for (the latest without a number), and the list of all. */
export const publicSummary = cachedForRound('public-summary', async (roundId: string, number: number | null) => {
  const client = createAnonClient();
  const versions = await listSummaryVersions(client, roundId);
  const shown = number === null ? versions[0] : versions.find((version) => version.number === number);
  if (!shown) return null;
  const [round, content] = await Promise.all([getRoundWithProgramme(client, roundId), getSummaryContent(client, roundId, shown.number)]);
  if (!round || !content) return null;
  return { round: { id: round.id, title: round.title, programme: round.programme.title }, versions, shown, content };
});

/** A published version's PDF (base64), or null when the round is not public or has no such version. */
export const publicSummaryPdf = cachedForRound('public-summary-pdf', (roundId: string, number: number) => getSummaryPdf(createAnonClient(), roundId, number));

/** Every published summary of every public round, newest first. */
export const publicSummaryArchive = unstable_cache(() => listSummaryArchive(createAnonClient()), ['summary-archive'], { tags: [SUMMARY_ARCHIVE_TAG] });
