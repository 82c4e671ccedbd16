import { can, type Permission } from '@/lib/auth/permissions';
import type { AppRole } from '@/lib/auth/roles';

/** As the database enums `opinion_stance` and `decision_outcome` define them, in the order forms list them. */
export const OPINION_STANCES = ['supports', 'supports_with_changes', 'objects', 'no_remarks'] as const;
export type OpinionStance = (typeof OPINION_STANCES)[number];
export const DECISION_OUTCOMES = ['accepted', 'partially_accepted', 'rejected'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];
export const ASSUMPTION_KINDS = ['systemic', 'substantive'] as const;
export type AssumptionKind = (typeof ASSUMPTION_KINDS)[number];

/** Where a request's answer stands: nothing yet, a draft, submitted and awaiting a decision, decided. */
export type OpinionProgress = 'not_started' | 'draft' | 'submitted' | 'decided';

export function opinionProgress(opinion: { state: 'draft' | 'submitted'; outcome: DecisionOutcome | null } | null | undefined): OpinionProgress {
  if (!opinion) return 'not_started';
  if (opinion.state === 'draft') return 'draft';
  return opinion.outcome ? 'decided' : 'submitted';
}

/**
 * The moves of an opinion, as data: from where each may be made and with which permission. The
 * UI shows a move's button only when it is allowed; the database functions (save_opinion_draft,
 * submit_opinion, withdraw_opinion, decide_opinion) enforce the same rules, and a test keeps the
 * two in step.
 */
export const OPINION_MOVES = {
  saveDraft: { from: ['not_started', 'draft'], permission: 'opinions.submit' },
  submit: { from: ['draft'], permission: 'opinions.submit' },
  withdraw: { from: ['submitted'], permission: 'opinions.submit' },
  decide: { from: ['submitted'], permission: 'opinions.decide' },
  correctDecision: { from: ['decided'], permission: 'opinions.decide' },
} as const satisfies Record<string, { from: readonly OpinionProgress[]; permission: Permission }>;
export type OpinionMove = keyof typeof OPINION_MOVES;

/** The moves `role` may make on an opinion at `progress` (rows are narrowed further by RLS: one's own department). */
export function allowedMoves(progress: OpinionProgress, role: AppRole): OpinionMove[] {
  return (Object.keys(OPINION_MOVES) as OpinionMove[]).filter((move) => {
    const rule = OPINION_MOVES[move];
    return (rule.from as readonly OpinionProgress[]).includes(progress) && can(role, rule.permission);
  });
}

/** Supporting, or having no remarks, needs no justification; any other stance does. */
export const stanceNeedsJustification = (stance: OpinionStance) => stance === 'supports_with_changes' || stance === 'objects';

/** A decision other than "accepted" is justified, and so is every correction. */
export const decisionNeedsJustification = (outcome: DecisionOutcome, correcting: boolean) => correcting || outcome !== 'accepted';

/** A request is overdue the day after its deadline (dates as `YYYY-MM-DD`, in Warsaw). */
export const isOverdue = (deadline: string, today: string) => today > deadline;
