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

const DAY = 86_400_000;

export interface FlaggableMeeting {
  id: string;
  teamId: string;
  startsAt: string;
  endsAt: string;
  cancelled: boolean;
}

/**
 * What the coordinator should act on: issued meetings in the coming days whose team has no
 * moderator now, and issued meetings that ended a while ago with no outcome recorded.
 */
export function meetingFlags<Meeting extends FlaggableMeeting>(input: {
  meetings: Meeting[];
  issuedIds: Set<string>;
  vacantTeamIds: Set<string>;
  withOutcome: Set<string>;
  now: Date;
}): { vacantSoon: Meeting[]; outcomeMissing: Meeting[] } {
  const now = input.now.getTime();
  const live = input.meetings.filter((meeting) => !meeting.cancelled && input.issuedIds.has(meeting.id));
  const byStart = (a: Meeting, b: Meeting) => a.startsAt.localeCompare(b.startsAt);
  return {
    vacantSoon: live
      .filter((meeting) => {
        const starts = Date.parse(meeting.startsAt);
        return starts > now && starts <= now + VACANCY_LOOKAHEAD_DAYS * DAY && input.vacantTeamIds.has(meeting.teamId);
      })
      .sort(byStart),
    outcomeMissing: live
      .filter((meeting) => Date.parse(meeting.endsAt) <= now - OUTCOME_DUE_DAYS_AFTER_END * DAY && !input.withOutcome.has(meeting.id))
      .sort(byStart),
  };
}

/** Where a begun meeting's outcome stands, for the schedule's list. */
export type OutcomeState = 'held' | 'not_held' | 'missing';
export const outcomeState = (held: boolean | undefined): OutcomeState => (held === undefined ? 'missing' : held ? 'held' : 'not_held');
