import type { ScheduleMeeting } from './types';

/** What the conflict rules need of a meeting (a draft, an imported row, an existing meeting). */
export type Slot = Pick<ScheduleMeeting, 'teamId' | 'venueId' | 'roomId' | 'startsAt' | 'endsAt'> & { id?: string; cancelled?: boolean };

export type ConflictKind = 'room' | 'team';

export interface Conflict<M extends Slot> {
  kind: ConflictKind;
  other: M;
}

/** Two meetings share a place: the same room, or the same venue when either takes all of it (no room). */
export const sharePlace = (a: Slot, b: Slot) => a.venueId === b.venueId && (!a.roomId || !b.roomId || a.roomId === b.roomId);

/** Half-open intervals: a meeting ending at 16:00 and one starting at 16:00 do not overlap. */
export function overlaps(a: Slot, b: Slot): boolean {
  return Date.parse(a.startsAt) < Date.parse(b.endsAt) && Date.parse(b.startsAt) < Date.parse(a.endsAt);
}

/**
 * The meetings `candidate` would clash with: the same room at an overlapping time, the whole venue
 * and one of its rooms, or the same team at an overlapping time. Two teams at the same hour in
 * different rooms are fine. Cancelled
 * meetings free their slot. The database enforces the same rules (exclusion constraints).
 */
export function findConflicts<M extends Slot>(candidate: Slot, existing: readonly M[]): Conflict<M>[] {
  if (candidate.cancelled) return [];
  const conflicts: Conflict<M>[] = [];
  for (const other of existing) {
    if (other.cancelled || (candidate.id !== undefined && other.id === candidate.id) || !overlaps(candidate, other)) continue;
    if (sharePlace(other, candidate)) conflicts.push({ kind: 'room', other });
    if (other.teamId === candidate.teamId) conflicts.push({ kind: 'team', other });
  }
  return conflicts;
}
