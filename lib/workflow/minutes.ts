import { can, type Permission } from '@/lib/auth/permissions';
import type { AppRole } from '@/lib/auth/roles';

/** As the database enum `minutes_state` defines it. */
export const MINUTES_STATES = ['draft', 'submitted', 'returned', 'approved'] as const;
export type MinutesState = (typeof MINUTES_STATES)[number];

/** The five parts of the minutes, in the order the form and the printed minutes show them. */
export const MINUTES_PARTS = ['attendance', 'agenda', 'positions', 'decisions', 'followUps'] as const;
export type MinutesPart = (typeof MINUTES_PARTS)[number];

/** Where a meeting's minutes stand: none yet, or the state of the latest revision. */
export type MinutesProgress = 'none' | MinutesState;

/**
 * Who acts on the minutes of one meeting: the team's moderator now, a coordinator (who writes for
 * every team and approves only as the substitute of a vacant team's moderator), or anyone else.
 */
export type MinutesActor = 'moderator' | 'coordinator' | 'other';

/**
 * The moves of a meeting's minutes, as data: from where each may be made, with which permission,
 * and by whom when the team has a moderator and when it has none. The database functions
 * (save_minutes, submit_minutes, review_minutes) enforce the same rules; the unit test keeps the
 * two in step with the integration test.
 * - write: the first revision's draft, or a draft or returned revision edited (its state stays);
 * - correct: approved minutes are locked, a correction is the next revision's draft;
 * - submit: a draft or returned revision goes to the moderator (to the coordinators if vacant);
 * - approve / return: the moderator, or the coordinator as substitute of a vacant team.
 */
export const MINUTES_MOVES = {
  write: { from: ['none', 'draft', 'returned'], to: null, permission: 'minutes.write', by: { moderated: ['moderator', 'coordinator'], vacant: ['coordinator'] } },
  correct: { from: ['approved'], to: 'draft', permission: 'minutes.write', by: { moderated: ['moderator', 'coordinator'], vacant: ['coordinator'] } },
  submit: { from: ['draft', 'returned'], to: 'submitted', permission: 'minutes.write', by: { moderated: ['moderator', 'coordinator'], vacant: ['coordinator'] } },
  approve: { from: ['submitted'], to: 'approved', permission: 'minutes.approve', by: { moderated: ['moderator'], vacant: ['coordinator'] } },
  return: { from: ['submitted'], to: 'returned', permission: 'minutes.approve', by: { moderated: ['moderator'], vacant: ['coordinator'] } },
} as const satisfies Record<
  string,
  {
    from: readonly MinutesProgress[];
    /** null: the state stays (the first save makes a draft). */
    to: MinutesState | null;
    permission: Permission;
    by: { moderated: readonly MinutesActor[]; vacant: readonly MinutesActor[] };
  }
>;
export type MinutesMove = keyof typeof MINUTES_MOVES;

/** Who `role` is for a team: its moderator (only if they moderate it now), a coordinator, or no one. */
export function minutesActor(role: AppRole, moderatesTeam: boolean): MinutesActor {
  if (role === 'coordinator') return 'coordinator';
  if (role === 'moderator' && moderatesTeam) return 'moderator';
  return 'other';
}

/** The moves `actor` (with `role`) may make on minutes at `progress`, for a team with or without a moderator. */
export function allowedMinutesMoves(progress: MinutesProgress, role: AppRole, actor: MinutesActor, teamVacant: boolean): MinutesMove[] {
  return (Object.keys(MINUTES_MOVES) as MinutesMove[]).filter((move) => {
    const rule = MINUTES_MOVES[move];
    const by: readonly MinutesActor[] = teamVacant ? rule.by.vacant : rule.by.moderated;
    return (rule.from as readonly MinutesProgress[]).includes(progress) && can(role, rule.permission) && by.includes(actor);
  });
}

/** The state after `move`, or null when the move cannot be made from `progress`. */
export function minutesAfter(progress: MinutesProgress, move: MinutesMove): MinutesState | null {
  const rule = MINUTES_MOVES[move];
  if (!(rule.from as readonly MinutesProgress[]).includes(progress)) return null;
  return rule.to ?? (progress === 'none' ? 'draft' : (progress as MinutesState));
}

/** Whether the text of minutes at `progress` may be edited in place (approved and submitted ones may not). */
export const minutesEditable = (progress: MinutesProgress) => progress === 'none' || progress === 'draft' || progress === 'returned';
