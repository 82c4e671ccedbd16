import type { SupabaseClient } from '@supabase/supabase-js';
import type { OpinionText, SavedDraft } from '@/lib/opinions/draft';
import type { AssumptionKind, DecisionOutcome, OpinionStance } from '@/lib/workflow/opinions';
import { rowsOf } from './errors';

/** An opinion as its department reads it. */
export interface OpinionRow {
  id: string;
  state: 'draft' | 'submitted';
  stance: OpinionStance | null;
  justification: string;
  proposed_wording: string;
  version: number;
  updated_at: string;
  submitted_at: string | null;
  late: boolean;
  outcome: DecisionOutcome | null;
  decided_at: string | null;
}

export interface DecisionRow {
  id: string;
  outcome: DecisionOutcome;
  justification: string;
  corrects: string | null;
  decided_at: string;
}

export interface RevisionRow {
  id: string;
  revision: number;
  title: string;
  body: string;
}

/** One request to a department: which revision of which assumption, in which round, by when, and its answer. */
export interface RequestRow {
  id: string;
  deadline: string;
  replaced_by: string | null;
  round: { id: string; number: number; title: string };
  assumption: { id: string; kind: AssumptionKind; number: number; team: { name: string } };
  revision: RevisionRow;
  opinion: OpinionRow | null;
}

export interface RequestWithDecisions extends RequestRow {
  opinion: (OpinionRow & { decisions: DecisionRow[] }) | null;
}

const OPINION_COLUMNS = 'id, state, stance, justification, proposed_wording, version, updated_at, submitted_at, late, outcome, decided_at';
const REQUEST_COLUMNS = `id, deadline, replaced_by,
  round:rounds!inner(id, number, title),
  assumption:assumptions!inner(id, kind, number, team:sector_teams!inner(name)),
  revision:assumption_revisions!inner(id, revision, title, body)`;
const requestColumns = (opinion: string) => `${REQUEST_COLUMNS}, opinion:opinions(${opinion})`;

/** The department's current requests (not replaced by a newer one), oldest deadline first. RLS shows a department only its own. */
export async function listDepartmentRequests(client: SupabaseClient, departmentId: string): Promise<RequestRow[]> {
  const rows = rowsOf(
    await client
      .from('opinion_requests')
      .select(requestColumns(OPINION_COLUMNS))
      .eq('department_id', departmentId)
      .is('replaced_by', null)
      .order('deadline')
      .returns<RequestRow[]>(),
  );
  return rows.sort(
    (a, b) => a.deadline.localeCompare(b.deadline) || a.assumption.kind.localeCompare(b.assumption.kind) || a.assumption.number - b.assumption.number,
  );
}

const DECIDED_OPINION_COLUMNS = `${OPINION_COLUMNS}, decisions:opinion_decisions(id, outcome, justification, corrects, decided_at)`;

async function findRequest(client: SupabaseClient, column: 'id' | 'replaced_by', value: string): Promise<RequestWithDecisions | null> {
  const row = rowsOf(
    await client.from('opinion_requests').select(requestColumns(DECIDED_OPINION_COLUMNS)).eq(column, value).maybeSingle<RequestWithDecisions>(),
  );
  row?.opinion?.decisions.sort((a, b) => a.decided_at.localeCompare(b.decided_at));
  return row;
}

/** One request with its opinion and every decision on it; null when RLS hides it (another department's). */
export const getDepartmentRequest = (client: SupabaseClient, requestId: string) => findRequest(client, 'id', requestId);

/** The request this one replaced, when the department was asked again about a newer revision. */
export const getReplacedRequest = (client: SupabaseClient, requestId: string) => findRequest(client, 'replaced_by', requestId);

export const draftOf = (opinion: OpinionRow): SavedDraft => ({
  stance: opinion.stance,
  justification: opinion.justification,
  proposedWording: opinion.proposed_wording,
  version: opinion.version,
  savedAt: opinion.updated_at,
});

/** The opinion of a request as saved now (after a refused save, to show the other version). */
export async function getOpinion(client: SupabaseClient, requestId: string): Promise<OpinionRow | null> {
  return rowsOf(await client.from('opinions').select(OPINION_COLUMNS).eq('request_id', requestId).maybeSingle<OpinionRow>());
}

/** Saves the draft if it was saved last at `expectedVersion` (else the database refuses with `opinions.conflict`). */
export async function saveOpinionDraft(client: SupabaseClient, draft: OpinionText & { requestId: string; expectedVersion: number }): Promise<OpinionRow> {
  return rowsOf(
    await client
      .rpc('save_opinion_draft', {
        request_id: draft.requestId,
        expected_version: draft.expectedVersion,
        stance: draft.stance,
        justification: draft.justification,
        proposed_wording: draft.proposedWording,
      })
      .select(OPINION_COLUMNS)
      .single<OpinionRow>(),
  );
}

/** Submits the draft saved at `expectedVersion`; an opinion already submitted comes back as it is. */
export async function submitOpinion(client: SupabaseClient, requestId: string, expectedVersion: number): Promise<OpinionRow> {
  return rowsOf(
    await client.rpc('submit_opinion', { request_id: requestId, expected_version: expectedVersion }).select(OPINION_COLUMNS).single<OpinionRow>(),
  );
}

/** Back to a draft, the text kept, while the coordinator has not decided. */
export async function withdrawOpinion(client: SupabaseClient, requestId: string): Promise<void> {
  rowsOf(await client.rpc('withdraw_opinion', { request_id: requestId }));
}
