import { describe, expect, it } from 'vitest';
import { parseScheduleTable } from '@/lib/schedule/parse';
import { resolveScheduleRows, type ResolveContext } from '@/lib/schedule/resolve';
import type { BookedMeeting } from '@/lib/schedule/types';
import { crossesMidnight, withinRoundDates } from '@/lib/schedule/warsaw-time';

const context = (overrides: Partial<ResolveContext> = {}): ResolveContext => ({
  teams: [
    { id: 'team-culture', name: 'Zespół ds. kultury' },
    { id: 'team-education', name: 'Zespół ds. edukacji' },
  ],
  venues: [{ id: 'venue-mowis', name: 'MOWIS', address: 'os. Centrum C 10, Kraków', rooms: [{ id: 'room-103', name: '103' }] }],
  round: { startsOn: null, endsOn: null },
  existing: [],
  durationMinutes: 120,
  createVenues: [],
  ...overrides,
});

const booked: BookedMeeting = {
  id: 'm1',
  teamId: 'team-culture',
  teamName: 'Zespół ds. kultury',
  scope: null,
  venueId: 'venue-mowis',
  venueName: 'MOWIS',
  roomId: null,
  roomName: null,
  startsAt: '2011-10-19T13:00:00.000Z',
  endsAt: '2011-10-19T15:00:00.000Z',
  isPublic: true,
  cancelled: false,
  changeReason: null,
  roundTitle: 'II tura spotkań branżowych',
};

const codes = (text: string, overrides: Partial<ResolveContext> = {}) =>
  resolveScheduleRows(parseScheduleTable(text), context(overrides)).map((row) => row.problems.map((problem) => problem.code));

describe('resolveScheduleRows: conflicts', () => {
  it('names the other meeting and its round, so a row never reads as clashing with itself', () => {
    const [row] = resolveScheduleRows(parseScheduleTable('ZESPÓŁ DS. EDUKACJI\tMOWIS, sala nr 103\t19.10.2011 godz. 16.00'), context({ existing: [booked] }));
    expect(row!.problems.map((problem) => problem.message)).toEqual([
      'Wiersz 1: sala jest już zajęta o tej porze — Zespół ds. kultury, 19.10.2011, 15:00, tura „II tura spotkań branżowych”. Zmień salę albo godzinę.',
    ]);
  });

  it('names the row above when two rows of the same table clash', () => {
    const rows = resolveScheduleRows(
      parseScheduleTable('ZESPÓŁ DS. KULTURY\tMOWIS, sala nr 103\t19.10.2011 godz. 15.00\nZESPÓŁ DS. KULTURY\tMOWIS\t19.10.2011 godz. 16.00'),
      context(),
    );
    expect(rows[0]!.problems).toEqual([]);
    expect(rows[1]!.problems.map((problem) => problem.code)).toEqual(['conflict_room', 'conflict_team']);
    expect(rows[1]!.problems[0]!.message).toContain('wiersz 1 tej tabeli');
  });
});

describe('resolveScheduleRows: dates', () => {
  it('refuses a row outside the round’s dates, naming them, and accepts its first and last day', () => {
    const round = { startsOn: '2011-10-11', endsOn: '2011-11-30' };
    const text = 'ZESPÓŁ DS. KULTURY\tMOWIS\t10.10.2011 godz. 15.00\nZESPÓŁ DS. KULTURY\tMOWIS\t11.10.2011 godz. 9.00\nZESPÓŁ DS. EDUKACJI\tMOWIS\t30.11.2011 godz. 9.00\nZESPÓŁ DS. EDUKACJI\tMOWIS\t1.12.2011 godz. 9.00';
    expect(codes(text, { round })).toEqual([['outside_round'], [], [], ['outside_round']]);
    const [first] = resolveScheduleRows(parseScheduleTable(text), context({ round }));
    expect(first!.problems[0]!.message).toContain('(11.10.2011–30.11.2011)');
  });

  it('refuses a row that would end after midnight, and accepts one ending at midnight', () => {
    expect(codes('ZESPÓŁ DS. KULTURY\tMOWIS\t19.10.2011 godz. 23.00')).toEqual([['crosses_midnight']]);
    expect(codes('ZESPÓŁ DS. KULTURY\tMOWIS\t19.10.2011 godz. 22.00')).toEqual([[]]);
  });
});

describe('Warsaw days', () => {
  it('tell a meeting crossing midnight from one ending at it, in summer and winter time', () => {
    expect(crossesMidnight({ startsAt: '2011-10-24T20:00:00Z', endsAt: '2011-10-24T22:00:00Z' })).toBe(false);
    expect(crossesMidnight({ startsAt: '2011-10-24T20:00:00Z', endsAt: '2011-10-24T22:01:00Z' })).toBe(true);
    expect(crossesMidnight({ startsAt: '2011-12-01T21:00:00Z', endsAt: '2011-12-01T23:00:00Z' })).toBe(false);
    // 23:00–00:30 in winter (UTC+1).
    expect(crossesMidnight({ startsAt: '2011-12-01T22:00:00Z', endsAt: '2011-12-01T23:30:00Z' })).toBe(true);
  });

  it('place a meeting within a round by its Warsaw date, open ends allowed', () => {
    expect(withinRoundDates('2011-10-10T22:30:00Z', { startsOn: '2011-10-11', endsOn: null })).toBe(true);
    expect(withinRoundDates('2011-10-10T21:30:00Z', { startsOn: '2011-10-11', endsOn: null })).toBe(false);
    expect(withinRoundDates('2011-12-01T09:00:00Z', { startsOn: null, endsOn: '2011-11-30' })).toBe(false);
    expect(withinRoundDates('2011-12-01T09:00:00Z', { startsOn: null, endsOn: null })).toBe(true);
  });
});

describe('resolveScheduleRows: lengths', () => {
  it('refuses a scope, a new place or a new room longer than the database keeps, and takes them at their limits', () => {
    const row = (scope: number, venue: number, room: number, time: string) =>
      `ZESPÓŁ DS. KULTURY (w zakresie ${'k'.repeat(scope - 'w zakresie '.length)})\t${'M'.repeat(venue)}, sala nr ${'1'.repeat(room)}\t19.10.2011 godz. ${time}`;
    const [fits, long] = resolveScheduleRows(
      parseScheduleTable(`${row(200, 300, 100, '11.00')}\n${row(201, 301, 101, '15.00')}`),
      context({ createVenues: ['M'.repeat(300), 'M'.repeat(301)] }),
    );
    expect([fits!.scope, fits!.newVenue, fits!.newRoom].map((text) => text!.length)).toEqual([200, 300, 100]);
    expect(fits!.problems).toEqual([]);
    expect(long!.problems.map((problem) => problem.message)).toEqual([
      'Wiersz 2: zakres spotkania jest za długi (najwyżej 200 znaków). Skróć go w dokumencie.',
      'Wiersz 2: nazwa nowego miejsca jest za długa (najwyżej 300 znaków). Skróć ją w dokumencie.',
      'Wiersz 2: numer nowej sali jest za długi (najwyżej 100 znaków). Popraw go w dokumencie.',
    ]);
  });
});
