import { describe, expect, it } from 'vitest';
import { ROUND_STATUSES } from '@/lib/workflow/round-status';
import { askAgainCandidates, opinionsPerRevision, recipients, requestProgress, roundTakesRequests, type AssumptionRequest } from '@/lib/opinions/requests';

const request = (department: string, revision: string, state: 'draft' | 'submitted' | null, replacedBy: string | null = null): AssumptionRequest => ({
  department_id: department,
  revision_id: revision,
  replaced_by: replacedBy,
  opinion: state ? { state } : null,
});

// Sport answered revision 1 and was asked again about revision 2 (no answer yet); culture answered
// revision 1 and was not asked again; ZIKiT answered revision 2; MOPS has a draft; WE nothing.
const requests = [
  request('sport', 'r1', 'submitted', 'sport-again'),
  request('sport', 'r2', null),
  request('culture', 'r1', 'submitted'),
  request('zikit', 'r2', 'submitted'),
  request('mops', 'r2', 'draft'),
  request('we', 'r2', null),
];

describe('requests for opinions on an assumption', () => {
  it('count each department asked now once, and as answered only when its latest request has a submitted opinion', () => {
    expect(requestProgress(requests)).toEqual({ asked: 5, answered: 2 });
    expect(requestProgress([])).toEqual({ asked: 0, answered: 0 });
  });

  it('count the submitted opinions that read each revision, drafts aside', () => {
    expect(opinionsPerRevision(requests)).toEqual(new Map([['r1', 2], ['r2', 1]]));
  });

  it('offer to ask again only those who answered an earlier revision and were not asked again yet', () => {
    expect(askAgainCandidates(requests, 'r2').map((candidate) => candidate.department_id)).toEqual(['culture']);
    expect(askAgainCandidates(requests, 'r1')).toEqual([request('zikit', 'r2', 'submitted')]);
  });
});

describe('a round', () => {
  it('takes requests in planning and consultation, as request_opinions does, and not once it is summarised or closed', () => {
    expect(ROUND_STATUSES.filter(roundTakesRequests)).toEqual(['planning', 'consultation']);
  });
});

describe('the recipients of a request', () => {
  it('are the chosen departments, each once, and all their staff', () => {
    expect(recipients(['sport', 'zikit', 'sport'], { sport: 2, zikit: 1, mops: 4 })).toEqual({ departments: 2, people: 3 });
    expect(recipients(['we'], { sport: 2 })).toEqual({ departments: 1, people: 0 });
  });
});
