import { describe, expect, it } from 'vitest';
import { findConflicts, overlaps } from '@/lib/schedule/conflicts';
import { diffSchedules } from '@/lib/schedule/diff';
import type { ScheduleMeeting } from '@/lib/schedule/types';

const MOWIS = 'venue-mowis';
const meeting = (id: string, overrides: Partial<ScheduleMeeting> = {}): ScheduleMeeting => ({
  id,
  teamId: `team-${id}`,
  teamName: `Zespół ${id}`,
  scope: null,
  venueId: MOWIS,
  venueName: 'MOWIS',
  roomId: 'room-103',
  roomName: '103',
  startsAt: '2011-10-24T12:00:00.000Z',
  endsAt: '2011-10-24T14:00:00.000Z',
  isPublic: true,
  cancelled: false,
  changeReason: null,
  ...overrides,
});

describe('conflict rules', () => {
  it('refuse two meetings in the same room at overlapping times, naming the other meeting', () => {
    const education = meeting('edukacja');
    const candidate = meeting('kultura', { startsAt: '2011-10-24T13:00:00.000Z', endsAt: '2011-10-24T15:00:00.000Z' });
    expect(findConflicts(candidate, [education])).toEqual([{ kind: 'room', other: education }]);
  });

  it('allow two teams at the same hour in different rooms (24.10.2011 14:00, rooms 102 and 103)', () => {
    const education = meeting('edukacja', { roomId: 'room-103' });
    const tourism = meeting('turystyka', { roomId: 'room-102' });
    expect(findConflicts(tourism, [education])).toEqual([]);
  });

  it('refuse the same team twice at overlapping times, even in different places', () => {
    const first = meeting('a', { teamId: 'team-sport', roomId: 'room-103' });
    const second = meeting('b', { teamId: 'team-sport', roomId: 'room-102', startsAt: '2011-10-24T13:30:00.000Z', endsAt: '2011-10-24T15:00:00.000Z' });
    expect(findConflicts(second, [first])).toEqual([{ kind: 'team', other: first }]);
  });

  it('report both kinds when the same team is booked twice into the same room', () => {
    const first = meeting('a', { teamId: 'team-sport' });
    expect(findConflicts(meeting('b', { teamId: 'team-sport' }), [first]).map((conflict) => conflict.kind)).toEqual(['room', 'team']);
  });

  it('treat a venue without rooms as one room', () => {
    const culture = meeting('kultura', { venueId: 'venue-sok', roomId: null });
    expect(findConflicts(meeting('inna', { venueId: 'venue-sok', roomId: null }), [culture])).toHaveLength(1);
    expect(findConflicts(meeting('mowis'), [culture])).toEqual([]);
  });

  it('treat a meeting for the whole venue (no room) as taking every room of it, either way round', () => {
    const whole = meeting('cały', { roomId: null, roomName: null });
    const inRoom = meeting('w sali', { roomId: 'room-102' });
    expect(findConflicts(inRoom, [whole])).toEqual([{ kind: 'room', other: whole }]);
    expect(findConflicts(whole, [inRoom])).toEqual([{ kind: 'room', other: inRoom }]);
    expect(findConflicts(meeting('gdzie indziej', { venueId: 'venue-sok', roomId: null }), [inRoom])).toEqual([]);
  });

  it('let back-to-back meetings share a room, and ignore cancelled ones and the meeting itself', () => {
    const morning = meeting('rano');
    const next = meeting('potem', { startsAt: morning.endsAt, endsAt: '2011-10-24T16:00:00.000Z' });
    expect(overlaps(morning, next)).toBe(false);
    expect(findConflicts(next, [morning])).toEqual([]);
    expect(findConflicts(meeting('x'), [meeting('y', { cancelled: true })])).toEqual([]);
    expect(findConflicts(morning, [morning])).toEqual([]);
  });
});

describe('version diff', () => {
  it('finds added, moved, changed and cancelled meetings with their reasons, in time order', () => {
    const kept = meeting('kept');
    const moved = meeting('moved', { roomId: 'room-102' });
    const cancelled = meeting('cancelled', { startsAt: '2011-10-20T10:00:00.000Z', endsAt: '2011-10-20T12:00:00.000Z' });
    const rescoped = meeting('rescoped', { startsAt: '2011-10-30T10:00:00.000Z', endsAt: '2011-10-30T12:00:00.000Z' });
    const removed = meeting('removed', { startsAt: '2011-10-19T10:00:00.000Z', endsAt: '2011-10-19T12:00:00.000Z' });
    const previous = [removed, cancelled, kept, moved, rescoped];
    const next = [
      { ...cancelled, cancelled: true, changeReason: 'Moderator zrezygnował' },
      kept,
      { ...moved, startsAt: '2011-10-25T12:00:00.000Z', endsAt: '2011-10-25T14:00:00.000Z', roomId: 'room-6', changeReason: 'Sala zajęta' },
      { ...rescoped, scope: 'w zakresie turystyki' },
      meeting('added', { startsAt: '2011-11-02T15:00:00.000Z', endsAt: '2011-11-02T17:00:00.000Z', changeReason: 'Nowy termin' }),
    ];
    expect(diffSchedules(previous, next).map((change) => [change.kind, change.meeting.id, change.reason])).toEqual([
      ['cancelled', 'removed', null],
      ['cancelled', 'cancelled', 'Moderator zrezygnował'],
      ['moved', 'moved', 'Sala zajęta'],
      ['changed', 'rescoped', null],
      ['added', 'added', 'Nowy termin'],
    ]);
    const movedChange = diffSchedules(previous, next).find((change) => change.kind === 'moved');
    expect(movedChange).toMatchObject({ time: true, place: true, before: { roomId: 'room-102' } });
  });

  it('finds nothing between a schedule and itself, and everything added against no earlier version', () => {
    const schedule = [meeting('a'), meeting('b', { roomId: 'room-6' })];
    expect(diffSchedules(schedule, schedule)).toEqual([]);
    expect(diffSchedules([], schedule).map((change) => change.kind)).toEqual(['added', 'added']);
  });

  it('says when a moved meeting was changed too', () => {
    const before = meeting('x');
    const after = { ...before, roomId: 'room-6', isPublic: false, changeReason: 'Spotkanie zamknięte w mniejszej sali' };
    expect(diffSchedules([before], [after])).toMatchObject([{ kind: 'movedAndChanged', place: true, time: false, reason: 'Spotkanie zamknięte w mniejszej sali' }]);
  });

  it('reports a cancelled meeting held after all as restored, with its reason', () => {
    const cancelled = meeting('x', { cancelled: true, changeReason: 'Moderator zrezygnował' });
    const restored = meeting('x', { changeReason: 'Moderator jednak dostępny' });
    expect(diffSchedules([cancelled], [restored]).map((change) => [change.kind, change.reason])).toEqual([['restored', 'Moderator jednak dostępny']]);
  });

  it('does not report a meeting that stays cancelled', () => {
    const cancelled = meeting('x', { cancelled: true });
    expect(diffSchedules([cancelled], [cancelled])).toEqual([]);
  });
});
