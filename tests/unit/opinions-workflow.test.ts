import { describe, expect, it } from 'vitest';
import { diffText, hasChanges } from '@/lib/opinions/diff';
import { allowedMoves, decisionNeedsJustification, isOverdue, opinionProgress, stanceNeedsJustification } from '@/lib/workflow/opinions';

describe('an opinion\'s progress', () => {
  it.each([
    [null, 'not_started'],
    [{ state: 'draft', outcome: null }, 'draft'],
    [{ state: 'submitted', outcome: null }, 'submitted'],
    [{ state: 'submitted', outcome: 'rejected' }, 'decided'],
  ] as const)('%o is %s', (opinion, progress) => {
    expect(opinionProgress(opinion)).toBe(progress);
  });
});

describe('the moves each role may make', () => {
  it.each([
    ['not_started', 'department', ['saveDraft']],
    ['draft', 'department', ['saveDraft', 'submit']],
    ['submitted', 'department', ['withdraw']],
    ['decided', 'department', []],
    ['draft', 'coordinator', []],
    ['submitted', 'coordinator', ['decide']],
    ['decided', 'coordinator', ['correctDecision']],
    ['submitted', 'moderator', []],
    ['decided', 'moderator', []],
  ] as const)('at %s, %s: %o', (progress, role, moves) => {
    expect(allowedMoves(progress, role)).toEqual(moves);
  });
});

describe('justifications', () => {
  it('are needed for a stance with changes or an objection, not for support or no remarks', () => {
    expect([stanceNeedsJustification('supports'), stanceNeedsJustification('no_remarks')]).toEqual([false, false]);
    expect([stanceNeedsJustification('supports_with_changes'), stanceNeedsJustification('objects')]).toEqual([true, true]);
  });

  it('are needed for a decision other than acceptance, and for every correction', () => {
    expect(decisionNeedsJustification('accepted', false)).toBe(false);
    expect(decisionNeedsJustification('accepted', true)).toBe(true);
    expect(decisionNeedsJustification('partially_accepted', false)).toBe(true);
    expect(decisionNeedsJustification('rejected', false)).toBe(true);
  });
});

it('a request is overdue from the day after its deadline', () => {
  expect(isOverdue('2011-10-31', '2011-10-31')).toBe(false);
  expect(isOverdue('2011-10-31', '2011-11-01')).toBe(true);
});

describe('the changes between two revisions', () => {
  it('keeps, adds and removes whole words', () => {
    const changes = diffText('Sport dzieci i młodzieży', 'Sport dzieci, młodzieży i seniorów');
    expect(changes.filter((part) => part.change === 'added').map((part) => part.text.trim())).toContain('seniorów');
    expect(changes.map((part) => (part.change === 'removed' ? '' : part.text)).join('')).toBe('Sport dzieci, młodzieży i seniorów');
    expect(changes.map((part) => (part.change === 'added' ? '' : part.text)).join('')).toBe('Sport dzieci i młodzieży');
    expect(hasChanges(changes)).toBe(true);
    expect(hasChanges(diffText('bez zmian', 'bez zmian'))).toBe(false);
  });
});
