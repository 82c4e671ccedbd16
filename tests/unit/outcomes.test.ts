import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';
import { outcomeState } from '@/lib/meetings/outcomes';
import { followUpUpdateSchema, outcomeSchema } from '@/lib/schemas/outcomes';

const meetingId = '60000000-0000-4000-8000-000000000001';

describe("a begun meeting's outcome", () => {
  it('is worded as held, not held or missing', () => {
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
