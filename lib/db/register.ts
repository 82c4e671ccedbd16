import type { SupabaseClient } from '@supabase/supabase-js';
import type { RegisterRequest } from '@/lib/opinions/register';
import type { DecisionOutcome, OpinionStance } from '@/lib/workflow/opinions';
import { rowsOf } from './errors';

/**
 * A hosted project's PostgREST returns at most 1,000 rows a request (max_rows): the register reads
 * in pages of that, each after the last id of the one before. A page at an offset would make the
 * database build every row before it again (its embedded department, team and opinion, under RLS):
 * the seventh page of a 6,000-request round cost as much as the whole register.
 */
const PAGE = 1000;

interface RequestRow {
  id: string;
  deadline: string;
  department: { id: string; name: string };
  assumption: { team: { id: string; name: string } };
  opinion: { stance: OpinionStance; outcome: DecisionOutcome | null; late: boolean } | null;
}

/** Every request of a round with its submitted opinion, if any: what the register counts. */
export async function listRegisterRequests(client: SupabaseClient, roundId: string): Promise<RegisterRequest[]> {
  const requests: RegisterRequest[] = [];
  for (let after: string | undefined; ; ) {
    const query = client
      .from('opinion_requests')
      .select('id, deadline, department:departments(id, name), assumption:assumptions(team:sector_teams(id, name)), opinion:opinions(stance, outcome, late)')
      .eq('round_id', roundId)
      .eq('opinion.state', 'submitted');
    const rows = rowsOf(await (after ? query.gt('id', after) : query).order('id').limit(PAGE).returns<RequestRow[]>());
    requests.push(...rows.map(({ deadline, department, assumption, opinion }) => ({ deadline, department, team: assumption.team, opinion })));
    if (rows.length < PAGE) return requests;
    after = rows.at(-1)!.id;
  }
}
