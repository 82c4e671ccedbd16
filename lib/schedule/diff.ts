import type { ScheduleMeeting } from './types';

export type ScheduleChange =
  | { kind: 'added' | 'restored'; meeting: ScheduleMeeting; reason: string | null }
  | { kind: 'moved' | 'movedAndChanged'; before: ScheduleMeeting; meeting: ScheduleMeeting; time: boolean; place: boolean; reason: string | null }
  | { kind: 'changed'; before: ScheduleMeeting; meeting: ScheduleMeeting; reason: string | null }
  | { kind: 'cancelled'; meeting: ScheduleMeeting; reason: string | null };

/** Present and not cancelled. */
const active = (meeting: ScheduleMeeting | undefined): boolean => meeting !== undefined && !meeting.cancelled;

/**
 * What changed between two issued versions of a schedule, meeting by meeting: added, moved (in
 * time or place, and maybe changed too), otherwise changed (team, scope, openness), cancelled or restored (cancelled before,
 * held as planned now), each with the reason
 * the coordinator gave. In the order of the meetings' times.
 */
export function diffSchedules(previous: readonly ScheduleMeeting[], next: readonly ScheduleMeeting[]): ScheduleChange[] {
  const before = new Map(previous.map((meeting) => [meeting.id, meeting]));
  const after = new Map(next.map((meeting) => [meeting.id, meeting]));
  const changes: ScheduleChange[] = [];

  for (const meeting of next) {
    const old = before.get(meeting.id);
    if (!active(meeting)) {
      if (active(old)) changes.push({ kind: 'cancelled', meeting, reason: meeting.changeReason });
      continue;
    }
    if (!old || old.cancelled) {
      changes.push({ kind: old ? 'restored' : 'added', meeting, reason: meeting.changeReason });
      continue;
    }
    const time = old.startsAt !== meeting.startsAt || old.endsAt !== meeting.endsAt;
    const place = old.venueId !== meeting.venueId || old.roomId !== meeting.roomId;
    const other = old.teamId !== meeting.teamId || old.scope !== meeting.scope || old.isPublic !== meeting.isPublic;
    const reason = meeting.changeReason;
    if (time || place) changes.push({ kind: other ? 'movedAndChanged' : 'moved', before: old, meeting, time, place, reason });
    else if (other) changes.push({ kind: 'changed', before: old, meeting, reason });
  }
  // A meeting removed from the draft altogether counts as cancelled, with no reason recorded.
  for (const old of previous) {
    if (active(old) && !after.has(old.id)) changes.push({ kind: 'cancelled', meeting: old, reason: null });
  }
  return changes.sort((a, b) => Date.parse(a.meeting.startsAt) - Date.parse(b.meeting.startsAt));
}
