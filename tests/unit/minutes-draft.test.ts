import { describe, expect, it } from 'vitest';
import { attendanceFromOutcome } from '@/lib/minutes/attendance';
import { EMPTY_MINUTES, minutesDrafts, minutesEmpty } from '@/lib/minutes/draft';

const labels = { organisations: 'Organizacje obecne', count: 'Liczba organizacji', departments: 'Obecne wydziały' } as const;

describe('the minutes\' attendance from the outcome', () => {
  it('lists the organisations, their count and the departments present', () => {
    const text = attendanceFromOutcome(
      { held: true, organisations: ['Fundacja A', 'Stowarzyszenie B'], organisation_count: 5, departments: [{ department: { name: 'ZIKiT' } }, { department: { name: 'Wydział Sportu' } }] },
      (key) => labels[key],
    );
    expect(text).toBe('Organizacje obecne:\n- Fundacja A\n- Stowarzyszenie B\nLiczba organizacji: 5\nObecne wydziały: Wydział Sportu, ZIKiT');
  });

  it('is empty when the outcome names nobody', () => {
    expect(attendanceFromOutcome({ held: true, organisations: [], organisation_count: null, departments: [] }, (key) => labels[key])).toBe('');
  });
});

describe('the minutes\' drafts', () => {
  it('compare all five parts, and keep in the browser only text of the five parts', () => {
    const text = { attendance: 'A', agenda: '', positions: '', decisions: 'D', followUps: '' };
    expect(minutesDrafts.sameText(text, { ...text })).toBe(true);
    expect(minutesDrafts.sameText(text, { ...text, followUps: 'F' })).toBe(false);
    expect(minutesDrafts.localDraftKey('m1')).toBe('tura:minutes-draft:m1');
    const kept = JSON.stringify({ baseVersion: 3, at: '2011-10-20T12:00:00Z', fields: { ...text, extra: 'x' } });
    expect(minutesDrafts.readLocalDraft(kept)).toEqual({ baseVersion: 3, at: '2011-10-20T12:00:00Z', fields: text });
    expect(minutesDrafts.readLocalDraft(JSON.stringify({ baseVersion: 3, at: 'x', fields: { ...text, decisions: 7 } }))).toBeNull();
  });

  it('a correction starts from the approved text at version 0; empty minutes are not submitted', () => {
    const state = minutesDrafts.draftReducer(minutesDrafts.initialDraftState({ ...EMPTY_MINUTES, decisions: 'Zatwierdzone' }), {
      type: 'edited',
      fields: { ...EMPTY_MINUTES, decisions: 'Poprawione' },
    });
    expect(state).toMatchObject({ status: 'unsaved', base: { version: 0 } });
    expect(minutesEmpty(EMPTY_MINUTES)).toBe(true);
    expect(minutesEmpty({ ...EMPTY_MINUTES, agenda: ' x ' })).toBe(false);
  });
});
