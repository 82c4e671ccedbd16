import type { SupabaseClient } from '@supabase/supabase-js';
import { isUuid } from '@/lib/schemas/fields';
import type { SummaryDocument } from '@/lib/summary/types';
import { rowsOf } from './errors';

/** A published version of a round's summary, without its PDF (`pdf_size` says how big that is). */
export interface SummaryVersionRow {
  number: number;
  change_note: string;
  published_at: string;
  published_by_name: string;
  pdf_size: number;
}

const VERSION_COLUMNS = 'number, change_note, published_at, published_by_name, pdf_size';

/** Publishes the summary (or a correction): the database checks the round and freezes the version. */
export async function publishSummary(
  client: SupabaseClient,
  input: { roundId: string; draftVersion: number; content: SummaryDocument; pdf: Buffer; changeNote: string },
): Promise<SummaryVersionRow> {
  return rowsOf(
    await client
      .rpc('publish_summary', {
        round_id: input.roundId,
        expected_draft_version: input.draftVersion,
        content: input.content,
        pdf: input.pdf.toString('base64'),
        change_note: input.changeNote,
      })
      .select(VERSION_COLUMNS)
      .single<SummaryVersionRow>(),
  );
}

/** The round's published versions, newest first, as `client` may read them. */
export async function listSummaryVersions(client: SupabaseClient, roundId: string): Promise<SummaryVersionRow[]> {
  if (!isUuid(roundId)) return [];
  return rowsOf(
    await client.from('summary_versions').select(VERSION_COLUMNS).eq('round_id', roundId).order('number', { ascending: false }).returns<SummaryVersionRow[]>(),
  );
}

/** One version's document, or null when there is none (or the client may not read it). */
export async function getSummaryContent(client: SupabaseClient, roundId: string, number: number): Promise<SummaryDocument | null> {
  if (!isUuid(roundId) || !Number.isSafeInteger(number)) return null;
  const row = rowsOf(
    await client.from('summary_versions').select('content').eq('round_id', roundId).eq('number', number).maybeSingle<{ content: SummaryDocument }>(),
  );
  return row?.content ?? null;
}

/** One version's PDF, base64 (PostgREST sends bytea as hex), or null. */
export async function getSummaryPdf(client: SupabaseClient, roundId: string, number: number): Promise<string | null> {
  if (!isUuid(roundId) || !Number.isSafeInteger(number)) return null;
  const row = rowsOf(await client.from('summary_versions').select('pdf').eq('round_id', roundId).eq('number', number).maybeSingle<{ pdf: string }>());
  return row ? Buffer.from(row.pdf.replace(/^\\x/, ''), 'hex').toString('base64') : null;
}

/** Every published summary of every round the client may read, newest first, with its round and programme. */
export interface ArchiveEntry extends SummaryVersionRow {
  round_id: string;
  round: { title: string; number: number; programme: { title: string } };
}

export async function listSummaryArchive(client: SupabaseClient): Promise<ArchiveEntry[]> {
  return rowsOf(
    await client
      .from('summary_versions')
      .select(`round_id, ${VERSION_COLUMNS}, round:rounds(title, number, programme:programmes(title))`)
      .order('published_at', { ascending: false })
      .order('number', { ascending: false })
      .returns<ArchiveEntry[]>(),
  );
}

/** How many people publishing the round's summary would e-mail (for the confirmation question). */
export async function summaryRecipientCount(client: SupabaseClient, roundId: string): Promise<number> {
  return rowsOf(await client.rpc('summary_recipient_count', { round_id: roundId }));
}
