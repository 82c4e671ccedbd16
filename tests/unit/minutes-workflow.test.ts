import { describe, expect, it } from 'vitest';
import { allowedMinutesMoves, minutesActor, minutesAfter, minutesEditable, type MinutesProgress } from '@/lib/workflow/minutes';

describe('who acts on a team\'s minutes', () => {
  it.each([
    ['coordinator', false, 'coordinator'],
    ['moderator', true, 'moderator'],
    ['moderator', false, 'other'],
    ['department', false, 'other'],
  ] as const)('%s (moderates the team: %s) is %s', (role, moderates, actor) => {
    expect(minutesActor(role, moderates)).toBe(actor);
  });
});

describe('the moves each one may make', () => {
  it.each([
    // A team with a moderator: both write and submit, only the moderator reviews.
    ['none', 'moderator', false, ['write']],
    ['draft', 'moderator', false, ['write', 'submit']],
    ['submitted', 'moderator', false, ['approve', 'return']],
    ['returned', 'moderator', false, ['write', 'submit']],
    ['approved', 'moderator', false, ['correct']],
    ['draft', 'coordinator', false, ['write', 'submit']],
    ['submitted', 'coordinator', false, []],
    ['approved', 'coordinator', false, ['correct']],
    // A vacant team: the coordinator writes and approves as the substitute.
    ['submitted', 'coordinator', true, ['approve', 'return']],
    ['returned', 'coordinator', true, ['write', 'submit']],
  ] as const)('at %s, %s (team vacant: %s): %o', (progress, role, vacant, moves) => {
    expect(allowedMinutesMoves(progress, role, minutesActor(role, true), vacant)).toEqual(moves);
  });

  it('a moderator of another team, a moderator who resigned and department staff make none', () => {
    const progresses: MinutesProgress[] = ['none', 'draft', 'submitted', 'returned', 'approved'];
    for (const progress of progresses) {
      expect(allowedMinutesMoves(progress, 'moderator', minutesActor('moderator', false), false)).toEqual([]);
      expect(allowedMinutesMoves(progress, 'department', minutesActor('department', false), false)).toEqual([]);
      expect(allowedMinutesMoves(progress, 'department', minutesActor('department', false), true)).toEqual([]);
    }
  });
});

describe('the states the moves lead to', () => {
  it.each([
    ['none', 'write', 'draft'],
    ['draft', 'write', 'draft'],
    ['returned', 'write', 'returned'],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['approved', 'correct', 'draft'],
    ['approved', 'write', null],
    ['submitted', 'write', null],
    ['draft', 'approve', null],
    ['approved', 'submit', null],
  ] as const)('%s, %s: %s', (progress, move, after) => {
    expect(minutesAfter(progress, move)).toBe(after);
  });

  it('only minutes not yet submitted or returned are edited in place; approved ones never', () => {
    expect((['none', 'draft', 'submitted', 'returned', 'approved'] as const).filter(minutesEditable)).toEqual(['none', 'draft', 'returned']);
  });
});
