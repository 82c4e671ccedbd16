import { opinionProgress, type DecisionOutcome } from '@/lib/workflow/opinions';

/** What these functions need of a request: its round, its deadline and where its answer stands. */
interface Request {
  deadline: string;
  round: { id: string };
  opinion: { state: 'draft' | 'submitted'; outcome: DecisionOutcome | null; decided_at: string | null } | null;
}

/** How long a decision counts as news on the department's home. */
export const RECENT_DECISION_DAYS = 30;

/** Requests sorted by deadline, grouped per round in the same order (the round with the oldest deadline first). */
export function groupByRound<T extends Request>(requests: readonly T[]): { round: T['round']; requests: T[] }[] {
  type Group = { round: T['round']; requests: T[] };
  const groups = new Map<string, Group>();
  for (const request of requests) {
    const group: Group = groups.get(request.round.id) ?? { round: request.round, requests: [] };
    group.requests.push(request);
    groups.set(request.round.id, group);
  }
  return [...groups.values()];
}

/**
 * What needs the department now, from its requests sorted by deadline: requests not yet answered
 * (the oldest deadline, so the overdue ones, first), drafts not yet submitted, and decisions
 * received in the last days (newest first).
 */
export function departmentWork<T extends Request>(requests: readonly T[], now: Date): { toAnswer: T[]; drafts: T[]; decided: T[] } {
  const since = now.getTime() - RECENT_DECISION_DAYS * 86_400_000;
  const progress = (request: T) => opinionProgress(request.opinion);
  return {
    toAnswer: requests.filter((request) => progress(request) === 'not_started'),
    drafts: requests.filter((request) => progress(request) === 'draft'),
    decided: requests
      .filter((request) => progress(request) === 'decided' && Date.parse(request.opinion!.decided_at!) >= since)
      .sort((a, b) => b.opinion!.decided_at!.localeCompare(a.opinion!.decided_at!)),
  };
}
