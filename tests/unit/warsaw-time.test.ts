import { describe, expect, it } from 'vitest';
import { invalidInput } from '@/lib/actions/result';
import { meetingWallClock, polishDateTime, readTime, utcToWarsaw, warsawDateTime, warsawToUtc } from '@/lib/schedule/warsaw-time';
import { meetingSchema, meetingUpdateSchema } from '@/lib/schemas/planning';

describe('warsawToUtc and utcToWarsaw', () => {
  it('uses summer time (UTC+2) before and winter time (UTC+1) after 30 October 2011', () => {
    expect(warsawToUtc('2011-10-11', '14:00')).toBe('2011-10-11T12:00:00.000Z');
    expect(warsawToUtc('2011-10-29', '12:00')).toBe('2011-10-29T10:00:00.000Z');
    expect(warsawToUtc('2011-10-31', '12:00')).toBe('2011-10-31T11:00:00.000Z');
    expect(warsawToUtc('2011-11-02', '16:00')).toBe('2011-11-02T15:00:00.000Z');
  });

  it('handles the change days themselves: the repeated hour and the skipped one', () => {
    // 30.10.2011: 03:00 CEST became 02:00 CET, so 02:30 happened twice; the first one is taken.
    expect(warsawToUtc('2011-10-30', '01:30')).toBe('2011-10-29T23:30:00.000Z');
    expect(warsawToUtc('2011-10-30', '02:30')).toBe('2011-10-30T00:30:00.000Z');
    expect(warsawToUtc('2011-10-30', '03:30')).toBe('2011-10-30T02:30:00.000Z');
    // 27.03.2011: 02:00 CET became 03:00 CEST, so 02:30 never happened; it moves on by the gap.
    expect(warsawToUtc('2011-03-27', '01:30')).toBe('2011-03-27T00:30:00.000Z');
    expect(warsawToUtc('2011-03-27', '02:30')).toBe('2011-03-27T01:30:00.000Z');
    expect(warsawToUtc('2011-03-27', '03:30')).toBe('2011-03-27T01:30:00.000Z');
  });

  it('crosses midnight and the year into UTC', () => {
    expect(warsawToUtc('2012-01-01', '00:00')).toBe('2011-12-31T23:00:00.000Z');
    expect(warsawToUtc('2012-02-29', '00:30')).toBe('2012-02-28T23:30:00.000Z');
  });

  it('reads UTC instants back as Warsaw wall-clock time, on each side of the change', () => {
    expect(utcToWarsaw('2011-10-11T12:00:00.000Z')).toEqual({ date: '2011-10-11', time: '14:00' });
    expect(utcToWarsaw('2011-10-29T10:00:00Z')).toEqual({ date: '2011-10-29', time: '12:00' });
    expect(utcToWarsaw('2011-10-31T11:00:00Z')).toEqual({ date: '2011-10-31', time: '12:00' });
    expect(utcToWarsaw('2011-11-02T15:00:00.000Z')).toEqual({ date: '2011-11-02', time: '16:00' });
    expect(utcToWarsaw('2011-12-31T23:00:00.000Z')).toEqual({ date: '2012-01-01', time: '00:00' });
    // Both instants of the repeated hour show 02:30.
    expect(utcToWarsaw('2011-10-30T00:30:00Z')).toEqual({ date: '2011-10-30', time: '02:30' });
    expect(utcToWarsaw('2011-10-30T01:30:00Z')).toEqual({ date: '2011-10-30', time: '02:30' });
  });

  it('round-trips every half hour around both 2011 changes, except the hour that never existed', () => {
    for (const date of ['2011-03-26', '2011-03-27', '2011-03-28', '2011-10-29', '2011-10-30', '2011-10-31']) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        if (date === '2011-03-27' && time.startsWith('02:')) continue;
        expect(utcToWarsaw(warsawToUtc(date, time))).toEqual({ date, time });
      }
    }
  });

  it('refuses text that is no date or time rather than guessing', () => {
    expect(() => warsawToUtc('2011-02-31', '14:00')).toThrow(RangeError);
    expect(() => warsawToUtc('2011-10-11', '25:00')).toThrow(RangeError);
    expect(() => warsawToUtc('11.10.2011', '14:00')).toThrow(RangeError);
    expect(() => utcToWarsaw('yesterday')).toThrow(RangeError);
  });
});

describe('the DST changes of 2012', () => {
  it('keeps the same rule: the repeated 02:30 is the summer-time one, the missing 02:30 moves on by the gap', () => {
    // 28.10.2012: 02:30 happened at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    expect(warsawToUtc('2012-10-28', '02:30')).toBe('2012-10-28T00:30:00.000Z');
    // 25.03.2012: clocks went from 02:00 CET to 03:00 CEST; 02:30 is read as 03:30 CEST.
    expect(warsawToUtc('2012-03-25', '02:30')).toBe('2012-03-25T01:30:00.000Z');
    expect(utcToWarsaw('2012-03-25T01:30:00.000Z')).toEqual({ date: '2012-03-25', time: '03:30' });
  });
});

const ROUND = '6f1e1f0e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const TEAM = '7a2b3c4d-5e6f-4a1b-9c2d-3e4f5a6b7c8d';
const VENUE = '8b3c4d5e-6f7a-4b2c-8d3e-4f5a6b7c8d9e';

/** The meeting form as a coordinator fills it in. */
const typed = { roundId: ROUND, teamId: TEAM, scope: '', venueId: VENUE, roomId: '', date: '2011-10-11', time: '14.00', durationMinutes: '120', isPublic: true, changeReason: '' };

/** Each refused field with the message key the form shows there. */
function refusals(input: object) {
  const result = meetingSchema.safeParse(input);
  const answer = result.success ? null : invalidInput(result.error);
  return answer && !answer.ok ? answer.fieldErrors : {};
}

describe('the meeting form: its date and time become the stored instants once, in the schema', () => {
  it('reads 14.00 and 14:00 alike, as Warsaw time, and hands on only the instants', () => {
    const meeting = meetingSchema.parse(typed);
    expect(meeting).toMatchObject({ startsAt: '2011-10-11T12:00:00.000Z', endsAt: '2011-10-11T14:00:00.000Z' });
    expect(meeting).not.toHaveProperty('date');
    expect(meeting).not.toHaveProperty('time');
    expect(meeting).not.toHaveProperty('durationMinutes');
    expect(meetingSchema.parse({ ...typed, time: ' 14:00 ' })).toEqual(meeting);
    expect(meetingUpdateSchema.parse({ ...typed, id: ROUND })).toEqual({ ...meeting, id: ROUND });
  });

  it('follows the clock changes as the import does, and measures the length in real time', () => {
    // Winter time from 30.10.2011 03:00 CEST: a meeting at 01:30 lasting two hours ends at 02:30 CET.
    expect(meetingSchema.parse({ ...typed, date: '2011-10-30', time: '01:30' })).toMatchObject({
      startsAt: '2011-10-29T23:30:00.000Z',
      endsAt: '2011-10-30T01:30:00.000Z',
    });
    expect(meetingSchema.parse({ ...typed, date: '2011-10-30', time: '02.30' })).toMatchObject({ startsAt: '2011-10-30T00:30:00.000Z' });
    expect(meetingSchema.parse({ ...typed, date: '2012-03-25', time: '02.30' })).toMatchObject({ startsAt: '2012-03-25T01:30:00.000Z' });
  });

  it('refuses what is no time or date with the field’s own message', () => {
    for (const time of ['24.00', '14.60', '9.30', '14,00', '1400', '14:00:00']) expect(refusals({ ...typed, time }), time).toEqual({ time: 'time' });
    expect(refusals({ ...typed, time: '' })).toEqual({ time: 'required' });
    expect(refusals({ ...typed, date: '2011-02-29' })).toEqual({ date: 'date' });
    expect(refusals({ ...typed, date: '11.10.2011' })).toEqual({ date: 'date' });
    expect(refusals({ ...typed, date: '' })).toEqual({ date: 'required' });
  });

  it('gives the edit form back what was typed, the hour written 14:00', () => {
    expect(meetingWallClock(meetingSchema.parse(typed))).toEqual({ date: '2011-10-11', time: '14:00', durationMinutes: 120 });
    expect(meetingWallClock(meetingSchema.parse({ ...typed, date: '2011-10-30', time: '01:30' }))).toEqual({ date: '2011-10-30', time: '01:30', durationMinutes: 120 });
    expect(readTime('09.05')).toBe('09:05');
  });
});

describe('a meeting’s start as Polish documents write it', () => {
  it('gives the Warsaw date with two-digit day and month, and the hour with a colon', () => {
    expect(polishDateTime('2011-11-02T08:05:00.000Z')).toEqual({ date: '02.11.2011', time: '09:05' });
    expect(warsawDateTime('2011-10-24T12:00:00.000Z')).toBe('24.10.2011, 14:00');
    expect(warsawDateTime('2011-12-31T23:30:00.000Z')).toBe('01.01.2012, 00:30');
  });
});
