import type { SupabaseClient } from '@supabase/supabase-js';
import type { RegisterRequest } from '@/lib/opinions/register';
import type { DecisionOutcome, OpinionStance } from '@/lib/workflow/opinions';
import { rowsOf } from './errors';

/** A hosted project's PostgREST returns at most 1,000 rows a request (max_rows): the register reads in pages of that. */
const PAGE = 1000;

interface RequestRow {
  deadline: string;
  department: { id: string; name: string };
  assumption: { team: { id: string; name: string } };
  opinion: { stance: OpinionStance; outcome: DecisionOutcome | null; late: boolean } | null;
}

/** Every request of a round with its submitted opinion, if any: what the register counts. */
export async function listRegisterRequests(client: SupabaseClient, roundId: string): Promise<RegisterRequest[]> {
  const requests: RegisterRequest[] = [];
  for (let from = 0; ; from += PAGE) {
    const rows = rowsOf(
      await client
        .from('opinion_requests')
        .select('deadline, department:departments(id, name), assumption:assumptions(team:sector_teams(id, name)), opinion:opinions(stance, outcome, late)')
        .eq('round_id', roundId)
        .eq('opinion.state', 'submitted')
        .order('id')
        .range(from, from + PAGE - 1)
        .returns<RequestRow[]>(),
    );
    requests.push(...rows.map(({ deadline, department, assumption, opinion }) => ({ deadline, department, team: assumption.team, opinion })));
    if (rows.length < PAGE) return requests;
  }
}
