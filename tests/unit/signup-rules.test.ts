import { describe, expect, it } from 'vitest';
import { meetingSignupSchema } from '@/lib/schemas/signups';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { takesSignups } from '@/lib/signups/open';

const now = new Date('2026-11-26T12:00:00Z');
const meeting = { isPublic: true, cancelled: false, startsAt: '2026-11-27T12:00:00.000Z' } as ScheduleMeeting;
const round = { is_public: true, status: 'consultation' as const };

describe('which meetings take sign-ups', () => {
  it('an open meeting ahead, of a public round under way', () => {
    expect(takesSignups(meeting, round, now)).toBe(true);
    expect(takesSignups(meeting, { ...round, status: 'planning' }, now)).toBe(true);
  });

  it('not a closed, cancelled or started meeting, nor one of a private round or one in its summary', () => {
    expect(takesSignups({ ...meeting, isPublic: false }, round, now)).toBe(false);
    expect(takesSignups({ ...meeting, cancelled: true }, round, now)).toBe(false);
    expect(takesSignups({ ...meeting, startsAt: '2026-11-26T12:00:00.000Z' }, round, now)).toBe(false);
    expect(takesSignups(meeting, { ...round, is_public: false }, now)).toBe(false);
    expect(takesSignups(meeting, { ...round, status: 'summarising' }, now)).toBe(false);
  });
});

describe('the sign-up form', () => {
  const valid = {
    meetingId: '80000000-0000-4000-8000-000000000001',
    organisation: '  Fundacja Pomocy  ',
    personName: 'Anna Nowak',
    email: ' Anna.Nowak@NGO.example ',
    accessibilityNeeds: '',
    consent: true,
    website: '',
  };
  /** The first problem of each field, as the form shows it. */
  const problems = (input: Record<string, unknown>) => {
    const result = meetingSignupSchema.safeParse(input);
    return result.success ? {} : Object.fromEntries(result.error.issues.reverse().map((issue) => [issue.path.join('.'), issue.message]));
  };

  it('takes the trimmed name and the address in lower case', () => {
    expect(meetingSignupSchema.parse(valid)).toMatchObject({ organisation: 'Fundacja Pomocy', email: 'anna.nowak@ngo.example' });
  });

  it('bounds every field as the table does, and needs the consent', () => {
    expect(problems({ ...valid, organisation: 'F', personName: ' ', email: 'nie-adres', consent: false })).toEqual({
      organisation: 'Signups.validation.tooShort',
      personName: 'required',
      email: 'email',
      consent: 'Signups.validation.consent',
    });
    expect(problems({ ...valid, organisation: 'x'.repeat(301), personName: 'x'.repeat(201), accessibilityNeeds: 'x'.repeat(1001) })).toEqual({
      organisation: 'tooLong',
      personName: 'tooLong',
      accessibilityNeeds: 'tooLong',
    });
    expect(problems({ ...valid, email: `${'x'.repeat(250)}@ngo.example` })).toEqual({ email: 'tooLong' });
  });
});
