import type { SupabaseClient } from '@supabase/supabase-js';
import type { QueueFilters } from '@/lib/schemas/decisions';
import type { AssumptionKind, DecisionOutcome, OpinionStance } from '@/lib/workflow/opinions';
import { dataError, rowsOf } from './errors';

export const QUEUE_PAGE_SIZE = 25;

export interface QueueRow {
  id: string;
  submitted_at: string;
  stance: OpinionStance;
  late: boolean;
  outcome: DecisionOutcome | null;
  department: { name: string };
  assumption: { kind: AssumptionKind; number: number; team: { name: string } };
  revision: { title: string };
}

/**
 * A page of a round's review queue: submitted opinions, oldest first, filtered in the query (the
 * team and kind through the assumption), with the exact count of all that match.
 */
export async function listReviewQueue(client: SupabaseClient, roundId: string, filters: QueueFilters): Promise<{ rows: QueueRow[]; total: number }> {
  const assumption = filters.team || filters.kind ? 'assumptions!inner' : 'assumptions';
  const columns = `id, submitted_at, stance, late, outcome, department:departments(name), assumption:${assumption}(kind, number, team:sector_teams(name)), revision:assumption_revisions(title)`;
  const filtered = (head: boolean) => {
    let query = client.from('opinions').select(columns, { count: 'exact', head }).eq('round_id', roundId).eq('state', 'submitted');
    if (filters.team) query = query.eq('assumption.team_id', filters.team);
    if (filters.kind) query = query.eq('assumption.kind', filters.kind);
    if (filters.department) query = query.eq('department_id', filters.department);
    if (filters.stance) query = query.eq('stance', filters.stance);
    if (filters.state) query = filters.state === 'awaiting' ? query.is('outcome', null) : query.eq('outcome', filters.state);
    return query;
  };
  const from = (filters.page - 1) * QUEUE_PAGE_SIZE;
  const page = await filtered(false)
    .order('submitted_at')
    .order('id')
    .range(from, from + QUEUE_PAGE_SIZE - 1)
    .returns<QueueRow[]>();
  if (page.error?.code !== 'PGRST103') return { rows: rowsOf(page), total: page.count ?? 0 };
  // A page past the last one (a stale link): no rows, and how many there are to go back to.
  const count = await filtered(true);
  if (count.error) throw dataError({ error: count.error, status: count.status });
  return { rows: [], total: count.count ?? 0 };
}

export interface DecisionRecord {
  id: string;
  outcome: DecisionOutcome;
  justification: string;
  corrects: string | null;
  decided_at: string;
  decider: { full_name: string; email: string } | null;
}

export interface Revision {
  revision: number;
  title: string;
  body: string;
}

export interface OpinionForDecision {
  id: string;
  round_id: string;
  state: 'draft' | 'submitted';
  stance: OpinionStance;
  justification: string;
  proposed_wording: string;
  late: boolean;
  submitted_at: string;
  outcome: DecisionOutcome | null;
  department: { id: string; name: string };
  request: { deadline: string };
  assumption: { kind: AssumptionKind; number: number; current_revision: number; team: { name: string }; revisions: Revision[] };
  /** The text the department read. */
  revision: Revision;
  round: { title: string };
  /** Every decision on it, the first first; a correction names the one it corrects. */
  decisions: DecisionRecord[];
}

/** A submitted opinion with what its department read and every decision on it (RLS: the decider reads no draft). */
export async function getOpinionForDecision(client: SupabaseClient, id: string): Promise<OpinionForDecision | null> {
  return rowsOf(
    await client
      .from('opinions')
      .select(
        `id, round_id, state, stance, justification, proposed_wording, late, submitted_at, outcome,
         department:departments(id, name), request:opinion_requests(deadline),
         assumption:assumptions(kind, number, current_revision, team:sector_teams(name), revisions:assumption_revisions(revision, title, body)),
         revision:assumption_revisions(revision, title, body), round:rounds(title),
         decisions:opinion_decisions(id, outcome, justification, corrects, decided_at, decider:profiles(full_name, email))`,
      )
      .eq('id', id)
      .eq('state', 'submitted')
      .order('decided_at', { referencedTable: 'opinion_decisions' })
      .maybeSingle<OpinionForDecision>(),
  );
}

/** Decides on an opinion, or corrects the decision; the department's staff are e-mailed (outbox). */
export async function decideOpinion(client: SupabaseClient, decision: { opinionId: string; outcome: DecisionOutcome; justification: string }): Promise<void> {
  rowsOf(await client.rpc('decide_opinion', { opinion_id: decision.opinionId, outcome: decision.outcome, justification: decision.justification }));
}

/** How many of a round's opinions await a decision. */
export async function countAwaitingDecision(client: SupabaseClient, roundId: string): Promise<number> {
  const result = await client.from('opinions').select('id', { count: 'exact', head: true }).eq('round_id', roundId).eq('state', 'submitted').is('outcome', null);
  if (result.error) throw dataError(result);
  return result.count ?? 0;
}

/** A round's requests past their deadline with no submitted opinion (asked-again ones replaced by a newer request aside). */
export async function listOverdueRequests(client: SupabaseClient, roundId: string, today: string): Promise<{ deadline: string; department: { id: string; name: string } }[]> {
  return rowsOf(
    await client
      .from('opinion_requests')
      .select('deadline, department:departments(id, name), opinion:opinions(id)')
      .eq('round_id', roundId)
      .is('replaced_by', null)
      .lt('deadline', today)
      .eq('opinion.state', 'submitted')
      .is('opinion', null)
      .order('deadline')
      .returns<{ deadline: string; department: { id: string; name: string } }[]>(),
  );
}
