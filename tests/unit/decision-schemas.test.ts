import { describe, expect, it } from 'vitest';
import { correctionSchema, decisionSchema, queueQuery, readQueueFilters } from '@/lib/schemas/decisions';

const opinionId = '73000000-0000-4000-8000-000000000031';
const team = '50000000-0000-4000-8000-000000000004';

describe('a decision\'s form', () => {
  it.each([
    [decisionSchema, 'accepted', '', true],
    [decisionSchema, 'partially_accepted', '  ', false],
    [decisionSchema, 'rejected', 'Zapis pozostaje.', true],
    [correctionSchema, 'accepted', '', false],
    [correctionSchema, 'accepted', 'Po spotkaniu zespołu.', true],
  ])('%#: %s with %j is valid: %s', (schema, outcome, justification, valid) => {
    expect(schema.safeParse({ opinionId, outcome, justification }).success).toBe(valid);
  });

  it('says at the field what is missing, a correction in its own words', () => {
    const issue = (schema: typeof decisionSchema, outcome: string) => schema.safeParse({ opinionId, outcome, justification: '' }).error?.issues[0];
    expect(issue(decisionSchema, 'rejected')).toMatchObject({ path: ['justification'], message: 'decisionJustificationRequired' });
    expect(issue(correctionSchema, 'accepted')).toMatchObject({ path: ['justification'], message: 'correctionJustificationRequired' });
    expect(issue(decisionSchema, '')).toMatchObject({ path: ['outcome'], message: 'outcomeRequired' });
  });
});

describe('the review queue\'s address', () => {
  it('reads its Polish parameters, ignoring what cannot be a filter', () => {
    expect(readQueueFilters({ zespol: team, rodzaj: 'systemic', stan: 'awaiting', stanowisko: 'objects', strona: '3' })).toEqual({
      team, kind: 'systemic', state: 'awaiting', stance: 'objects', department: undefined, page: 3,
    });
    expect(readQueueFilters({ zespol: 'abc', rodzaj: 'other', stan: ['rejected', 'accepted'], strona: '-1' })).toEqual({
      team: undefined, kind: undefined, state: 'rejected', stance: undefined, department: undefined, page: 1,
    });
  });

  it('writes the filters back, leaving out the empty ones and the first page', () => {
    expect(queueQuery({ state: 'awaiting', page: 1 })).toBe('?stan=awaiting');
    expect(queueQuery({ team, state: undefined, page: 2 })).toBe(`?zespol=${team}&strona=2`);
    expect(queueQuery({})).toBe('');
    const filters = readQueueFilters({ wydzial: team, stanowisko: 'no_remarks', strona: '4' });
    expect(readQueueFilters(Object.fromEntries(new URLSearchParams(queueQuery(filters))))).toEqual(filters);
  });
});
