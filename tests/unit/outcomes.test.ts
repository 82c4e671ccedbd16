import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';
import { meetingFlags, OUTCOME_DUE_DAYS_AFTER_END, outcomeState, VACANCY_LOOKAHEAD_DAYS } from '@/lib/meetings/outcomes';
import { followUpUpdateSchema, outcomeSchema } from '@/lib/schemas/outcomes';

const meetingId = '60000000-0000-4000-8000-000000000001';
const now = new Date('2011-11-10T12:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
const meeting = (id: string, teamId: string, startDays: number, cancelled = false) => ({ id, teamId, startsAt: at(startDays), endsAt: at(startDays + 0.1), cancelled });

describe("the coordinator's flags", () => {
  const meetings = [
    meeting('soon-vacant', 'vacant', 3),
    meeting('later-vacant', 'vacant', VACANCY_LOOKAHEAD_DAYS + 1),
    meeting('soon-moderated', 'moderated', 2),
    meeting('soon-cancelled', 'vacant', 1, true),
    meeting('soon-draft', 'vacant', 4),
    meeting('ended-long-ago', 'moderated', -10),
    meeting('ended-just-now', 'moderated', -1),
    meeting('ended-recorded', 'moderated', -5),
  ];
  const issuedIds = new Set(meetings.map((item) => item.id).filter((id) => id !== 'soon-draft'));
  const flags = meetingFlags({ meetings, issuedIds, vacantTeamIds: new Set(['vacant']), withOutcome: new Set(['ended-recorded']), now });

  it('flags issued meetings of vacant teams within the next days only', () => {
    expect(flags.vacantSoon.map((item) => item.id)).toEqual(['soon-vacant']);
  });

  it(`flags ended meetings without an outcome only ${OUTCOME_DUE_DAYS_AFTER_END} days after their end`, () => {
    expect(flags.outcomeMissing.map((item) => item.id)).toEqual(['ended-long-ago']);
  });

  it('words an outcome state', () => {
    expect([outcomeState(true), outcomeState(false), outcomeState(undefined)]).toEqual(['held', 'not_held', 'missing']);
  });
});

describe("an outcome's form", () => {
  const base = { meetingId, expectedVersion: '0', organisations: '', organisationCount: '', notHeldReason: '', note: '' };

  it('reads the organisations one a line, trimmed and once each; an empty count is as many as listed', () => {
    const parsed = outcomeSchema.parse({ ...base, held: 'held', organisations: ' Fundacja A \r\n\nFundacja B\nFundacja A\n' });
    expect(parsed).toMatchObject({ organisations: ['Fundacja A', 'Fundacja B'], organisationCount: undefined, departmentIds: [] });
  });

  it.each([
    [{ held: undefined }, 'held', 'outcomeHeldRequired'],
    [{ held: 'held', organisations: 'A\nB\nC', organisationCount: '2' }, 'organisationCount', 'organisationCountTooLow'],
    [{ held: 'held', organisationCount: '-1' }, 'organisationCount', 'organisationCount'],
    [{ held: 'held', organisations: 'x'.repeat(301) }, 'organisations', 'organisationTooLong'],
    [{ held: 'not_held' }, 'notHeldReason', 'notHeldReasonRequired'],
    [{ held: 'not_held', notHeldReason: 'other', note: '  ' }, 'note', 'notHeldNoteRequired'],
  ])('%#: refuses %j at %s', (input, path, message) => {
    expect(outcomeSchema.safeParse({ ...base, ...input }).error?.issues[0]).toMatchObject({ path: [path], message });
  });

  it('accepts a meeting not held for want of a moderator without words', () => {
    expect(outcomeSchema.safeParse({ ...base, held: 'not_held', notHeldReason: 'no_moderator' }).success).toBe(true);
  });
});

describe("a follow-up's status", () => {
  it('needs the date of the talks once they are scheduled or held', () => {
    const update = (status: string, talksOn: string) => followUpUpdateSchema.safeParse({ followUpId: meetingId, status, talksOn, note: '' });
    expect(update('invited', '').success).toBe(true);
    expect(update('dropped', '').success).toBe(true);
    expect(update('scheduled', '').error?.issues[0]).toMatchObject({ path: ['talksOn'], message: 'followUpDateRequired' });
    expect(update('held', '2011-12-01').success).toBe(true);
  });
});

describe('the e-mail about a follow-up', () => {
  it("tells the department's staff who was invited, on what, from which meeting, with a link to their home", async () => {
    const email = await renderEmail(
      {
        template: 'follow-up-created',
        payload: { id: meetingId, teamName: 'Zespół ds. sportu', startsAt: '2011-10-24T12:00:00.000Z', endsAt: '2011-10-24T14:00:00.000Z', roundId: 'r', roundTitle: 'II tura', organisation: 'Fundacja Aktywni', subject: 'Boiska szkolne' },
        to_address: 'wydzial.sportu@tura.example',
      },
      'https://tura.example',
    );
    expect(email.subject).toBe('Zaproszenie na rozmowy z organizacją: Fundacja Aktywni');
    expect(email.text).toContain('(Zespół ds. sportu, 24.10.2011 r.) w turze „II tura” organizację Fundacja Aktywni');
    expect(email.text).toContain('Temat: Boiska szkolne');
    expect(email.text).toContain('https://tura.example/panel#department-follow-ups-heading');
  });
});
