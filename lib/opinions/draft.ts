import { OPINION_STANCES, type OpinionStance } from '@/lib/workflow/opinions';

/** What a department writes: its stance, the justification, and the wording it proposes. */
export interface OpinionText {
  stance: OpinionStance | null;
  justification: string;
  proposedWording: string;
}

/** A draft as the database holds it: the text, its version (0 before the first save) and when it was saved. */
export interface SavedDraft extends OpinionText {
  version: number;
  savedAt: string | null;
}

export const EMPTY_DRAFT: SavedDraft = { stance: null, justification: '', proposedWording: '', version: 0, savedAt: null };

export const sameText = (a: OpinionText, b: OpinionText) =>
  a.stance === b.stance && a.justification === b.justification && a.proposedWording === b.proposedWording;

export const textOf = ({ stance, justification, proposedWording }: OpinionText): OpinionText => ({ stance, justification, proposedWording });

/**
 * Where the editor stands. Only `unsaved` asks for a save (after a pause in typing, on leaving a
 * field, when the connection returns); a conflict waits for the person to choose.
 */
export type DraftStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'failed';

export interface DraftState {
  /** What the editor shows. */
  fields: OpinionText;
  /** The saved draft the fields build on: its version goes with the next save. */
  base: SavedDraft;
  status: DraftStatus;
  /** What a save is sending, to tell whether the person typed on meanwhile. */
  sending: OpinionText | null;
  /** The other version, during a conflict and while merging by hand. */
  theirs: SavedDraft | null;
  /** The message key of the last failure (`failed` only). */
  error: string | null;
}

export type DraftEvent =
  | { type: 'edited'; fields: OpinionText }
  | { type: 'saveStarted' }
  | { type: 'saved'; draft: SavedDraft }
  | { type: 'offline' }
  | { type: 'conflict'; theirs: SavedDraft }
  | { type: 'failed'; error: string }
  | { type: 'retry' }
  | { type: 'keepMine' }
  | { type: 'takeTheirs' }
  | { type: 'mergeByHand' }
  | { type: 'mergeDone' }
  | { type: 'restored'; local: LocalDraft };

export const initialDraftState = (saved: SavedDraft): DraftState => ({
  fields: textOf(saved),
  base: saved,
  status: 'saved',
  sending: null,
  theirs: null,
  error: null,
});

/** Opens the editor on a conflict: the person's text in the fields, the other version beside it. */
export const conflictState = (mine: OpinionText, base: SavedDraft, theirs: SavedDraft): DraftState => ({
  ...initialDraftState(base),
  fields: mine,
  status: 'conflict',
  theirs,
});

/**
 * The autosave as a state machine: every save names the version it builds on, and a save that
 * finds another version in the database becomes a conflict that only the person resolves (keep
 * mine, take theirs, or merge by hand). Nothing typed is ever replaced without their choice.
 */
export function draftReducer(state: DraftState, event: DraftEvent): DraftState {
  switch (event.type) {
    case 'edited': {
      // A conflict waits for a choice; a save under way finishes first and the next one follows.
      if (state.status === 'conflict' || state.status === 'saving') return { ...state, fields: event.fields };
      return { ...state, fields: event.fields, status: sameText(event.fields, state.base) ? 'saved' : 'unsaved', error: null };
    }
    case 'saveStarted':
      return { ...state, status: 'saving', sending: state.fields, error: null };
    case 'saved': {
      const typedMeanwhile = state.sending !== null && !sameText(state.fields, state.sending);
      return { ...state, base: event.draft, sending: null, status: typedMeanwhile ? 'unsaved' : 'saved' };
    }
    case 'offline':
      return { ...state, status: 'offline', sending: null };
    case 'conflict':
      return { ...state, status: 'conflict', sending: null, theirs: event.theirs };
    case 'failed':
      return { ...state, status: 'failed', sending: null, error: event.error };
    case 'retry':
      // The connection is back, or the person asked again: save what is not saved yet.
      if (state.status !== 'offline' && state.status !== 'failed') return state;
      return { ...state, status: sameText(state.fields, state.base) ? 'saved' : 'unsaved', error: null };
    case 'keepMine':
      if (!state.theirs) return state;
      return { ...state, base: state.theirs, theirs: null, status: 'unsaved' };
    case 'takeTheirs':
      if (!state.theirs) return state;
      return { ...initialDraftState(state.theirs) };
    case 'mergeByHand':
      // Built on their version from now on; their text stays on screen until the person is done.
      if (!state.theirs) return state;
      return { ...state, base: state.theirs, status: sameText(state.fields, state.theirs) ? 'saved' : 'unsaved' };
    case 'mergeDone':
      return state.status === 'conflict' ? state : { ...state, theirs: null };
    case 'restored': {
      const { local } = event;
      if (local.baseVersion === state.base.version) return { ...state, fields: local.fields, status: 'unsaved', error: null };
      // The text was typed on an older version than the saved one: both are shown, the person chooses.
      return conflictState(local.fields, state.base, state.base);
    }
  }
}

/** Whether the editor should save now (its debounce, a field left, the connection back). */
export const needsSave = (state: DraftState) => state.status === 'unsaved';

/** While a conflict is open, the page must not be left as if everything were saved. */
export const hasUnsavedText = (state: DraftState) => !sameText(state.fields, state.base) || state.status === 'conflict';

/**
 * The text kept in this browser while it is not saved: it survives a reload, a crash or a lost
 * connection, and is offered back when the editor opens again.
 */
export interface LocalDraft {
  baseVersion: number;
  fields: OpinionText;
  at: string;
}

export const localDraftKey = (requestId: string) => `tura:opinion-draft:${requestId}`;

/** A kept draft, or null when there is none or it is not one (another version of the app, a hand edit). */
export function readLocalDraft(raw: string | null): LocalDraft | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<LocalDraft>;
    const fields = value.fields as Partial<OpinionText> | undefined;
    if (typeof value.baseVersion !== 'number' || typeof value.at !== 'string' || !fields) return null;
    if (typeof fields.justification !== 'string' || typeof fields.proposedWording !== 'string') return null;
    if (fields.stance !== null && !OPINION_STANCES.includes(fields.stance as OpinionStance)) return null;
    return { baseVersion: value.baseVersion, at: value.at, fields: textOf(fields as OpinionText) };
  } catch {
    return null;
  }
}

/** A kept draft is worth offering back only when it says something the saved one does not. */
export const offersRestore = (local: LocalDraft | null, saved: SavedDraft): local is LocalDraft => local !== null && !sameText(local.fields, saved);
