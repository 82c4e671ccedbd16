import { describe, expect, it } from 'vitest';
import { departmentWork, groupByRound } from '@/lib/opinions/department-work';

const now = new Date('2011-11-20T12:00:00.000Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
const request = (id: string, deadline: string, round: string, opinion: { state: 'draft' | 'submitted'; outcome?: 'accepted' | 'rejected'; decidedDaysAgo?: number } | null) => ({
  id,
  deadline,
  round: { id: round },
  opinion: opinion && {
    state: opinion.state,
    outcome: opinion.outcome ?? null,
    decided_at: opinion.decidedDaysAgo === undefined ? null : daysAgo(opinion.decidedDaysAgo),
  },
});

describe("the department's work", () => {
  const requests = [
    request('overdue', '2011-11-10', 'r2', null),
    request('old-decision', '2011-11-11', 'r2', { state: 'submitted', outcome: 'accepted', decidedDaysAgo: 45 }),
    request('draft', '2011-11-12', 'r3', { state: 'draft' }),
    request('decided', '2011-11-13', 'r2', { state: 'submitted', outcome: 'rejected', decidedDaysAgo: 10 }),
    request('awaiting', '2011-11-14', 'r3', { state: 'submitted' }),
    request('fresh-decision', '2011-11-15', 'r3', { state: 'submitted', outcome: 'accepted', decidedDaysAgo: 1 }),
    request('due', '2011-11-30', 'r3', null),
  ];

  it('lists what is not answered (oldest deadline first), the drafts, and the decisions of the last 30 days, newest first', () => {
    const work = departmentWork(requests, now);
    expect(work.toAnswer.map((item) => item.id)).toEqual(['overdue', 'due']);
    expect(work.drafts.map((item) => item.id)).toEqual(['draft']);
    expect(work.decided.map((item) => item.id)).toEqual(['fresh-decision', 'decided']);
  });

  it('groups the requests per round, the round with the oldest deadline first, keeping their order', () => {
    expect(groupByRound(requests).map((group) => [group.round.id, group.requests.map((item) => item.id)])).toEqual([
      ['r2', ['overdue', 'old-decision', 'decided']],
      ['r3', ['draft', 'awaiting', 'fresh-decision', 'due']],
    ]);
  });
});
