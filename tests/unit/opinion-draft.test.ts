import { describe, expect, it } from 'vitest';
import {
  draftReducer,
  EMPTY_DRAFT,
  hasUnsavedText,
  initialDraftState,
  localDraftKey,
  needsSave,
  offersRestore,
  readLocalDraft,
  type DraftEvent,
  type DraftState,
  type SavedDraft,
} from '@/lib/opinions/draft';

const saved = (version: number, justification: string, stance: SavedDraft['stance'] = 'objects'): SavedDraft => ({
  stance,
  justification,
  proposedWording: '',
  version,
  savedAt: '2011-10-20T12:02:00.000Z',
});
const text = (justification: string, stance: SavedDraft['stance'] = 'objects') => ({ stance, justification, proposedWording: '' });
const run = (state: DraftState, ...events: DraftEvent[]) => events.reduce(draftReducer, state);

describe('the opinion draft autosave', () => {
  it('asks for a save after an edit, and is saved when the database answers with the new version', () => {
    const typed = run(initialDraftState(EMPTY_DRAFT), { type: 'edited', fields: text('Brak środków') });
    expect(typed.status).toBe('unsaved');
    expect(needsSave(typed)).toBe(true);
    const done = run(typed, { type: 'saveStarted' }, { type: 'saved', draft: saved(1, 'Brak środków') });
    expect(done).toMatchObject({ status: 'saved', base: { version: 1 } });
    expect(needsSave(done)).toBe(false);
    expect(hasUnsavedText(done)).toBe(false);
  });

  it('typing back to the saved text needs no save', () => {
    const state = run(initialDraftState(saved(3, 'A')), { type: 'edited', fields: text('AB') }, { type: 'edited', fields: text('A') });
    expect(state.status).toBe('saved');
  });

  it('keeps what was typed during a save, and saves again after it', () => {
    const state = run(
      initialDraftState(saved(1, 'A')),
      { type: 'edited', fields: text('AB') },
      { type: 'saveStarted' },
      { type: 'edited', fields: text('ABC') },
      { type: 'saved', draft: saved(2, 'AB') },
    );
    expect(state.fields.justification).toBe('ABC');
    expect(state.base.version).toBe(2);
    expect(state.status).toBe('unsaved');
  });

  it('keeps the text when the connection is lost, and tries again at the next edit', () => {
    const lost = run(initialDraftState(saved(1, 'A')), { type: 'edited', fields: text('AB') }, { type: 'saveStarted' }, { type: 'offline' });
    expect(lost).toMatchObject({ status: 'offline', fields: text('AB'), base: { version: 1 } });
    expect(hasUnsavedText(lost)).toBe(true);
    expect(run(lost, { type: 'edited', fields: text('ABC') }).status).toBe('unsaved');
    expect(run(lost, { type: 'retry' }).status).toBe('unsaved');
    expect(run(initialDraftState(saved(1, 'A')), { type: 'retry' }).status).toBe('saved');
    const refused = run(lost, { type: 'retry' }, { type: 'saveStarted' }, { type: 'failed', error: 'signedOut' });
    expect(refused).toMatchObject({ status: 'failed', error: 'signedOut', fields: text('AB') });
    expect(run(refused, { type: 'retry' })).toMatchObject({ status: 'unsaved', error: null });
  });

  it('a conflict shows both versions, stops saving until the person chooses, and never drops their text', () => {
    const theirs = saved(5, 'Ich uzasadnienie', 'supports_with_changes');
    const conflict = run(
      initialDraftState(saved(4, 'A')),
      { type: 'edited', fields: text('Moje uzasadnienie') },
      { type: 'saveStarted' },
      { type: 'conflict', theirs },
      { type: 'edited', fields: text('Moje uzasadnienie, dłuższe') },
    );
    expect(conflict).toMatchObject({ status: 'conflict', theirs, fields: text('Moje uzasadnienie, dłuższe'), base: { version: 4 } });
    expect(needsSave(conflict)).toBe(false);
    expect(run(conflict, { type: 'mergeDone' }).theirs).toEqual(theirs);

    // Keep mine: saved over their version, knowingly (the next save names version 5).
    expect(run(conflict, { type: 'keepMine' })).toMatchObject({ status: 'unsaved', base: { version: 5 }, theirs: null, fields: text('Moje uzasadnienie, dłuższe') });
    // Take theirs: their text in the fields, nothing to save.
    expect(run(conflict, { type: 'takeTheirs' })).toMatchObject({ status: 'saved', base: theirs, theirs: null, fields: text('Ich uzasadnienie', 'supports_with_changes') });
    // Merge by hand: built on their version, theirs still shown until done; the next edit saves.
    const merging = run(conflict, { type: 'mergeByHand' });
    expect(merging).toMatchObject({ status: 'unsaved', base: { version: 5 }, theirs });
    const merged = run(merging, { type: 'edited', fields: text('Połączone') }, { type: 'saveStarted' }, { type: 'saved', draft: saved(6, 'Połączone') }, { type: 'mergeDone' });
    expect(merged).toMatchObject({ status: 'saved', base: { version: 6 }, theirs: null });
  });

  it('restores a kept draft typed on the saved version as unsaved text, and one typed on an older version as a conflict', () => {
    const server = saved(2, 'Zapisane');
    const same = run(initialDraftState(server), { type: 'restored', local: { baseVersion: 2, fields: text('Zapisane i dopisane'), at: 'x' } });
    expect(same).toMatchObject({ status: 'unsaved', fields: text('Zapisane i dopisane') });
    const older = run(initialDraftState(server), { type: 'restored', local: { baseVersion: 1, fields: text('Pisane w innej karcie'), at: 'x' } });
    expect(older).toMatchObject({ status: 'conflict', fields: text('Pisane w innej karcie'), theirs: server, base: server });
  });

  it('reads back only a well-formed kept draft, and offers it only when it differs from the saved one', () => {
    const local = { baseVersion: 2, fields: text('Nowe'), at: '2011-10-20T12:00:00.000Z' };
    expect(readLocalDraft(JSON.stringify(local))).toEqual(local);
    expect(readLocalDraft(null)).toBeNull();
    expect(readLocalDraft('{')).toBeNull();
    expect(readLocalDraft(JSON.stringify({ ...local, fields: { ...local.fields, stance: 'maybe' } }))).toBeNull();
    expect(readLocalDraft(JSON.stringify({ ...local, baseVersion: '2' }))).toBeNull();
    expect(offersRestore(local, saved(2, 'Nowe'))).toBe(false);
    expect(offersRestore(local, saved(2, 'Stare'))).toBe(true);
    expect(offersRestore(null, saved(2, 'Stare'))).toBe(false);
    expect(localDraftKey('abc')).not.toBe(localDraftKey('abd'));
  });
});
