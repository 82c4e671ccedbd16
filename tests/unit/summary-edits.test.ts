import { describe, expect, it } from 'vitest';
import { applyEdits, fingerprint, proseToText, textToProse } from '@/lib/summary/edits';
import type { SummaryDocument, SummarySection } from '@/lib/summary/types';

const decisions: SummarySection = {
  id: 'decisions',
  heading: 'Ustalenia',
  prose: [
    { kind: 'paragraph', text: 'Spotkanie z moderatorami: 29.09.2011 r.' },
    { kind: 'list', ordered: true, items: ['Opinie przyjmowane na bieżąco.', 'II tura spotkań.'] },
  ],
  data: [],
};
const schedule: SummarySection = {
  id: 'schedule',
  heading: 'Harmonogram',
  prose: [{ kind: 'paragraph', text: 'Harmonogram (stan na 31.10.2011 r.):' }],
  data: [{ kind: 'table', caption: 'Harmonogram', head: ['Zespół'], rows: [['Kultura']] }],
};
const document: SummaryDocument = { title: 'Podsumowanie', subtitle: 'Program', sections: [decisions, schedule] };

describe('the summary editor\'s text', () => {
  it('writes prose as paragraphs and numbered lines, and reads it back the same', () => {
    const text = proseToText(decisions.prose);
    expect(text).toBe('Spotkanie z moderatorami: 29.09.2011 r.\n\n1) Opinie przyjmowane na bieżąco.\n2) II tura spotkań.');
    expect(textToProse(text)).toEqual(decisions.prose);
  });

  it('reads bullets, keeps line breaks inside a paragraph, and ignores extra blank lines', () => {
    expect(textToProse('Pierwszy wiersz\ndrugi wiersz\r\n\r\n\r\n- jeden\n• dwa\n\n')).toEqual([
      { kind: 'paragraph', text: 'Pierwszy wiersz\ndrugi wiersz' },
      { kind: 'list', ordered: false, items: ['jeden', 'dwa'] },
    ]);
    expect(textToProse('1) jeden\nnie lista')).toEqual([{ kind: 'paragraph', text: '1) jeden\nnie lista' }]);
  });
});

describe('merging edits with a regenerated summary', () => {
  it('keeps the edit in place of the generated prose, and the generated tables', () => {
    const edits = { schedule: { text: 'Nasz wstęp do harmonogramu.', basedOn: fingerprint(schedule) } };
    const { document: merged, stale } = applyEdits(document, edits);
    expect(merged.sections[1]).toEqual({ ...schedule, prose: [{ kind: 'paragraph', text: 'Nasz wstęp do harmonogramu.' }] });
    expect(merged.sections[0]).toBe(decisions);
    expect(stale).toEqual([]);
  });

  it('flags the sections whose data changed since the edit, and only those', () => {
    const edits = {
      decisions: { text: 'Poprawione ustalenia.', basedOn: fingerprint(decisions) },
      schedule: { text: 'Nasz wstęp.', basedOn: fingerprint(schedule) },
    };
    const moved = { ...schedule, data: [{ kind: 'table' as const, caption: 'Harmonogram', head: ['Zespół'], rows: [['Kultura'], ['Sport']] }] };
    const { document: merged, stale } = applyEdits({ ...document, sections: [decisions, moved] }, edits);
    expect(stale).toEqual(['schedule']);
    expect(merged.sections[1]!.data).toEqual(moved.data);
    expect(merged.sections[1]!.prose).toEqual([{ kind: 'paragraph', text: 'Nasz wstęp.' }]);
  });

  it('fingerprints an empty section as the seed\'s next step expects (supabase/seed.sql)', () => {
    expect(fingerprint({ prose: [], data: [] })).toBe('d08749ad');
  });

  it('fingerprints content, not identity', () => {
    expect(fingerprint(structuredClone(schedule))).toBe(fingerprint(schedule));
    expect(fingerprint({ ...schedule, prose: [] })).not.toBe(fingerprint(schedule));
  });
});
