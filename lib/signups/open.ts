import type { ScheduleMeeting } from '@/lib/schedule/types';
import type { RoundStatus } from '@/lib/workflow/round-status';

/** Rounds whose meetings are still ahead: sign-ups close with the summary. */
const OPEN_STATUSES: readonly RoundStatus[] = ['planning', 'consultation'];

/**
 * Whether people may sign up for a meeting of the latest issued schedule: an open meeting, not
 * cancelled, not started yet, of a public round still under way. The database checks the same.
 */
export function takesSignups(meeting: ScheduleMeeting, round: { is_public: boolean; status: RoundStatus }, now = new Date()): boolean {
  return round.is_public && OPEN_STATUSES.includes(round.status) && meeting.isPublic && !meeting.cancelled && new Date(meeting.startsAt) > now;
}
