import type { SupabaseClient } from '@supabase/supabase-js';
import type { RegisterRequest, RegisterTally } from '@/lib/opinions/register';
import type { DecisionOutcome, OpinionStance } from '@/lib/workflow/opinions';
import { rowsOf } from './errors';

/**
 * A hosted project's PostgREST returns at most 1,000 rows a request (max_rows): a round's requests
 * are read in pages of that, each after the last id of the one before. A page at an offset would
 * make the database build every row before it again (its embedded department, team and opinion,
 * under RLS): the seventh page of a 6,000-request round cost as much as the six before.
 */
const PAGE = 1000;

interface RequestRow {
  id: string;
  deadline: string;
  department: { id: string; name: string };
  assumption: { team: { id: string; name: string } };
  opinion: { stance: OpinionStance; outcome: DecisionOutcome | null; late: boolean } | null;
}

/** Every request of a round with its submitted opinion, if any: what the summary lists. */
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

interface TallyRow {
  grouped_by: RegisterTally['groupedBy'];
  id: string;
  name: string;
  deadline: string;
  stance: OpinionStance | null;
  outcome: DecisionOutcome | null;
  late: boolean | null;
  requests: number;
}

/**
 * A round's requests counted by the database, per department and per team (public.register_tallies):
 * what the register shows, in a few hundred rows however many requests the round has. Read in
 * pages too, in the order of the groups, should a round ever have more groups than one page holds.
 */
export async function listRegisterTallies(client: SupabaseClient, roundId: string): Promise<RegisterTally[]> {
  const tallies: RegisterTally[] = [];
  for (let from = 0; ; from += PAGE) {
    const rows = rowsOf<TallyRow[]>(
      await client
        .rpc('register_tallies', { round_id: roundId })
        .order('grouped_by')
        .order('id')
        .order('deadline')
        .order('stance')
        .order('outcome')
        .order('late')
        .range(from, from + PAGE - 1),
    );
    tallies.push(
      ...rows.map(({ grouped_by, id, name, deadline, stance, outcome, late, requests }) => ({
        groupedBy: grouped_by,
        id,
        name,
        deadline,
        opinion: stance ? { stance, outcome, late: late ?? false } : null,
        requests,
      })),
    );
    if (rows.length < PAGE) return tallies;
  }
}
