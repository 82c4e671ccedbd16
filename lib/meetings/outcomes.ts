/** Meetings after their start: outcomes, follow-ups and what the coordinator's home flags. */

export const NOT_HELD_REASONS = ['no_moderator', 'no_quorum', 'cancelled_by_organiser', 'other'] as const;
export type NotHeldReason = (typeof NOT_HELD_REASONS)[number];

export const FOLLOW_UP_STATUSES = ['invited', 'scheduled', 'held', 'dropped'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** Talks that are or were arranged have a date (the database checks the same). */
export const followUpNeedsDate = (status: FollowUpStatus) => status === 'scheduled' || status === 'held';

/** How long after a meeting's end its outcome may wait before the coordinator's home flags it. */
export const OUTCOME_DUE_DAYS_AFTER_END = 2;
/** How far ahead the coordinator's home looks for meetings of teams with no moderator. */
export const VACANCY_LOOKAHEAD_DAYS = 14;

/** Where a begun meeting's outcome stands, for the schedule's list. */
export type OutcomeState = 'held' | 'not_held' | 'missing';
export const outcomeState = (held: boolean | undefined): OutcomeState => (held === undefined ? 'missing' : held ? 'held' : 'not_held');
