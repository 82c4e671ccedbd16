import type { RoundStatus } from '@/lib/workflow/round-status';

/**
 * A department's request for an opinion on one revision of an assumption, with its answer as the
 * reader may see it (RLS shows the coordinator and moderators submitted opinions only).
 */
export interface AssumptionRequest {
  department_id: string;
  revision_id: string;
  /** The newer request that asked the department again, if any. */
  replaced_by: string | null;
  opinion: { state: 'draft' | 'submitted' } | null;
}

const isAnswered = (request: AssumptionRequest) => request.opinion?.state === 'submitted';
const isLatest = (request: AssumptionRequest) => request.replaced_by === null;
const departments = (requests: AssumptionRequest[]) => new Set(requests.map((request) => request.department_id)).size;

/** How many departments are asked about an assumption now (their latest request), and how many of those answered. */
export function requestProgress(requests: AssumptionRequest[]): { asked: number; answered: number } {
  const latest = requests.filter(isLatest);
  return { asked: departments(latest), answered: departments(latest.filter(isAnswered)) };
}

/** How many submitted opinions read each revision, by the revision's id. */
export function opinionsPerRevision(requests: AssumptionRequest[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const request of requests.filter(isAnswered)) counts.set(request.revision_id, (counts.get(request.revision_id) ?? 0) + 1);
  return counts;
}

/**
 * The requests `ask_again` would renew: answered, about a revision older than the current one, and
 * not renewed yet (the database function picks them by the same rule).
 */
export function askAgainCandidates<Request extends AssumptionRequest>(requests: Request[], currentRevisionId: string): Request[] {
  return requests.filter((request) => isLatest(request) && isAnswered(request) && request.revision_id !== currentRevisionId);
}

/** Who a request's e-mail reaches: how many of the chosen departments, and how many of their staff in all. */
export function recipients(departmentIds: readonly string[], staff: Readonly<Record<string, number>>): { departments: number; people: number } {
  const chosen = [...new Set(departmentIds)];
  return { departments: chosen.length, people: chosen.reduce((sum, id) => sum + (staff[id] ?? 0), 0) };
}

/** Opinions are asked for while a round is in planning or consultation (request_opinions refuses otherwise). */
export const roundTakesRequests = (status: RoundStatus) => status === 'planning' || status === 'consultation';
