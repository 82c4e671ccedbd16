import { DECISION_OUTCOMES, isOverdue, OPINION_STANCES, type DecisionOutcome, type OpinionStance } from '@/lib/workflow/opinions';
import { comparePolish } from '@/lib/i18n/collation';

/**
 * One request of a round, as the summary lists it: who was asked, about which team's assumption,
 * by when, and the submitted opinion if there is one (a draft counts as no answer). A request
 * asked again after a new revision stays in the count: its answer is a real opinion with its own
 * decision, and the new request is a new question.
 */
export interface RegisterRequest {
  department: { id: string; name: string };
  team: { id: string; name: string };
  /** `YYYY-MM-DD`, the last day (in Warsaw) to answer on time. */
  deadline: string;
  opinion: { stance: OpinionStance; outcome: DecisionOutcome | null; late: boolean } | null;
}

/**
 * Requests of a round alike in everything the register counts, as the database groups them
 * (public.register_tallies): once per department and once more per team, so that every request
 * is in one group of each.
 */
export interface RegisterTally {
  groupedBy: 'department' | 'team';
  /** The department's or the team's. */
  id: string;
  name: string;
  deadline: string;
  opinion: RegisterRequest['opinion'];
  requests: number;
}

/** What was asked and answered, of a department, a team or the whole round. */
export interface Tally {
  asked: number;
  answered: number;
  /** Answered after the deadline (counted in `answered` too). */
  late: number;
  unanswered: number;
  /** Unanswered with the deadline passed (counted in `unanswered` too). */
  overdue: number;
}

export interface TallyOf extends Tally {
  id: string;
  name: string;
}

/** A department that still owes answers, and how late it is. */
export interface Unanswered {
  id: string;
  name: string;
  open: number;
  overdue: number;
  /** The earliest deadline among its open requests. */
  nearestDeadline: string;
}

export type DecisionState = DecisionOutcome | 'awaiting';
export const DECISION_STATES = ['awaiting', ...DECISION_OUTCOMES] as const satisfies readonly DecisionState[];

export interface RegisterFigures {
  total: Tally;
  byDepartment: TallyOf[];
  byTeam: TallyOf[];
  /** Every stance, in the order forms list them, zeros included. */
  byStance: { stance: OpinionStance; count: number }[];
  /** Awaiting a decision first, then every outcome, zeros included. */
  byDecision: { state: DecisionState; count: number }[];
  /** The departments with open requests, the overdue ones first, then by their nearest deadline. */
  unanswered: Unanswered[];
}

const emptyTally = (): Tally => ({ asked: 0, answered: 0, late: 0, unanswered: 0, overdue: 0 });
const byName = (a: { name: string }, b: { name: string }) => comparePolish(a.name, b.name);

function count(tally: Tally, group: RegisterTally, overdue: boolean) {
  tally.asked += group.requests;
  if (group.opinion) {
    tally.answered += group.requests;
    if (group.opinion.late) tally.late += group.requests;
  } else {
    tally.unanswered += group.requests;
    if (overdue) tally.overdue += group.requests;
  }
}

/** The register's figures from the round's tallies; `today` is `YYYY-MM-DD` in Warsaw. */
export function registerFigures(tallies: readonly RegisterTally[], today: string): RegisterFigures {
  const total = emptyTally();
  const departments = new Map<string, TallyOf>();
  const teams = new Map<string, TallyOf>();
  const stances = new Map<OpinionStance, number>(OPINION_STANCES.map((stance) => [stance, 0]));
  const decisions = new Map<DecisionState, number>(DECISION_STATES.map((state) => [state, 0]));
  const unanswered = new Map<string, Unanswered>();

  for (const group of tallies) {
    const overdue = isOverdue(group.deadline, today);
    const of = group.groupedBy === 'team' ? teams : departments;
    const tally = of.get(group.id) ?? { id: group.id, name: group.name, ...emptyTally() };
    of.set(tally.id, tally);
    count(tally, group, overdue);
    // The round's own figures from the departments' groups: the teams' hold the same requests again.
    if (group.groupedBy === 'team') continue;
    count(total, group, overdue);

    if (group.opinion) {
      stances.set(group.opinion.stance, stances.get(group.opinion.stance)! + group.requests);
      const state = group.opinion.outcome ?? 'awaiting';
      decisions.set(state, decisions.get(state)! + group.requests);
    } else {
      const owing = unanswered.get(group.id) ?? { id: group.id, name: group.name, open: 0, overdue: 0, nearestDeadline: group.deadline };
      owing.open += group.requests;
      if (overdue) owing.overdue += group.requests;
      if (group.deadline < owing.nearestDeadline) owing.nearestDeadline = group.deadline;
      unanswered.set(owing.id, owing);
    }
  }

  return {
    total,
    byDepartment: [...departments.values()].sort(byName),
    byTeam: [...teams.values()].sort(byName),
    byStance: [...stances].map(([stance, n]) => ({ stance, count: n })),
    byDecision: [...decisions].map(([state, n]) => ({ state, count: n })),
    unanswered: [...unanswered.values()].sort(
      (a, b) => Number(b.overdue > 0) - Number(a.overdue > 0) || a.nearestDeadline.localeCompare(b.nearestDeadline) || byName(a, b),
    ),
  };
}
