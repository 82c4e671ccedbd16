import { describe, expect, it } from 'vitest';
import { summarySectionSchema } from '@/lib/schemas/summary';
import { isReady, summaryReadiness } from '@/lib/summary/readiness';
import type { SummaryData, SummaryOutcome } from '@/lib/summary/types';

type Meeting = SummaryData['meetings'][number];

const meeting = (id: string, changes: Partial<Meeting> = {}): Meeting => ({
  id,
  teamName: `Zespół ${id}`,
  scope: null,
  venueName: 'MOWIS',
  roomName: null,
  startsAt: '2011-10-11T12:00:00.000Z',
  cancelled: false,
  outcome: null,
  minutesWaiver: null,
  ...changes,
});
const held: SummaryOutcome = { held: true, organisationCount: 3, departments: [], notHeldReason: null, note: '' };
const notHeld: SummaryOutcome = { held: false, organisationCount: null, departments: [], notHeldReason: 'no_quorum', note: '' };

describe('what publishing the summary checks', () => {
  it('wants an outcome of every meeting not cancelled, and approved minutes or a waiver of every meeting held', () => {
    const meetings = [
      meeting('bez-przebiegu'),
      meeting('odwolane', { cancelled: true }),
      meeting('nieodbyte', { outcome: notHeld }),
      meeting('bez-protokolu', { outcome: held }),
      meeting('z-protokolem', { outcome: held }),
      meeting('zwolnione', { outcome: held, minutesWaiver: 'Moderator zrezygnował.' }),
    ];
    const readiness = summaryReadiness(meetings, new Set(['z-protokolem']));
    expect(readiness.withoutOutcome.map((one) => one.id)).toEqual(['bez-przebiegu']);
    expect(readiness.withoutMinutes.map((one) => one.id)).toEqual(['bez-protokolu']);
    expect(readiness.waived.map((one) => [one.id, one.minutesWaiver])).toEqual([['zwolnione', 'Moderator zrezygnował.']]);
    expect(isReady(readiness)).toBe(false);
  });

  it('is ready when every meeting is in order, and with no meetings at all', () => {
    expect(isReady(summaryReadiness([meeting('a', { outcome: held }), meeting('b', { outcome: notHeld })], new Set(['a'])))).toBe(true);
    expect(isReady(summaryReadiness([], new Set()))).toBe(true);
  });
});

describe('a section\'s text as the editor sends it', () => {
  const input = { roundId: '40000000-0000-4000-8000-000000000002', expectedVersion: '3', section: 'next_step', text: '  Ostatni tydzień listopada.  ' };

  it('is trimmed, and the version read as a number', () => {
    expect(summarySectionSchema.parse(input)).toEqual({ ...input, expectedVersion: 3, text: 'Ostatni tydzień listopada.' });
  });

  it('is refused empty, too long, or for a section the summary does not have', () => {
    const issues = (changes: Record<string, unknown>) => summarySectionSchema.safeParse({ ...input, ...changes }).error?.issues.map((issue) => [issue.path.join('.'), issue.message]);
    expect(issues({ text: '   ' })).toEqual([['text', 'required']]);
    expect(issues({ text: 'a'.repeat(20_001) })).toEqual([['text', 'summaryTooLong']]);
    expect(issues({ section: 'appendix' })?.[0]?.[0]).toBe('section');
  });
});
