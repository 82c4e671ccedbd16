/**
 * Drafts saved as the person types (an opinion, a meeting's minutes): the text is a set of fields,
 * each a string (or null for a choice not made), and the database keeps a version number that
 * every save names. A save that finds another version becomes a conflict that only the person
 * resolves: nothing typed is ever replaced without their choice.
 */
export type DraftFields<T> = { [K in keyof T]: string | null };

/** A draft as the database holds it: the text, its version (0 before the first save) and when it was saved. */
export type SavedDraft<T> = T & { version: number; savedAt: string | null };

/**
 * Where the editor stands. Only `unsaved` asks for a save (after a pause in typing, on leaving a
 * field, when the connection returns); a conflict waits for the person to choose.
 */
export type DraftStatus = 'saved' | 'unsaved' | 'saving' | 'offline' | 'conflict' | 'failed';

export interface DraftState<T> {
  /** What the editor shows. */
  fields: T;
  /** The saved draft the fields build on: its version goes with the next save. */
  base: SavedDraft<T>;
  status: DraftStatus;
  /** What a save is sending, to tell whether the person typed on meanwhile. */
  sending: T | null;
  /** The other version, during a conflict and while merging by hand. */
  theirs: SavedDraft<T> | null;
  /** The message key of the last failure (`failed` only). */
  error: string | null;
}

/**
 * The text kept in this browser while it is not saved: it survives a reload, a crash or a lost
 * connection, and is offered back when the editor opens again.
 */
export interface LocalDraft<T> {
  baseVersion: number;
  fields: T;
  at: string;
}

export type DraftEvent<T> =
  | { type: 'edited'; fields: T }
  | { type: 'saveStarted' }
  | { type: 'saved'; draft: SavedDraft<T> }
  | { type: 'offline' }
  | { type: 'conflict'; theirs: SavedDraft<T> }
  | { type: 'failed'; error: string }
  | { type: 'retry' }
  | { type: 'keepMine' }
  | { type: 'takeTheirs' }
  | { type: 'mergeByHand' }
  | { type: 'mergeDone' }
  | { type: 'restored'; local: LocalDraft<T> };

/** A save either lands, or finds another version saved meanwhile: then both come back, for the person to choose. */
export type DraftOutcome<T> = { outcome: 'saved'; draft: SavedDraft<T> } | { outcome: 'conflict'; theirs: SavedDraft<T>; mine: T };

/** What one kind of draft is made of. */
export interface DraftKind<T extends DraftFields<T>> {
  /** Its fields. */
  keys: readonly (keyof T & string)[];
  /** The start of the key under which a browser keeps its unsaved text. */
  storagePrefix: string;
  /** Whether a kept value is one the field takes (not from another version of the app, or a hand edit). */
  accepts: (key: keyof T & string, value: unknown) => boolean;
}

/** The draft machinery for one kind of draft. */
export function draftsOf<T extends DraftFields<T>>(kind: DraftKind<T>) {
  const sameText = (a: T, b: T) => kind.keys.every((key) => a[key] === b[key]);
  const textOf = (draft: T): T => Object.fromEntries(kind.keys.map((key) => [key, draft[key]])) as unknown as T;

  const initialDraftState = (saved: SavedDraft<T>): DraftState<T> => ({
    fields: textOf(saved),
    base: saved,
    status: 'saved',
    sending: null,
    theirs: null,
    error: null,
  });

  /** Opens the editor on a conflict: the person's text in the fields, the other version beside it. */
  const conflictState = (mine: T, base: SavedDraft<T>, theirs: SavedDraft<T>): DraftState<T> => ({
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
  function draftReducer(state: DraftState<T>, event: DraftEvent<T>): DraftState<T> {
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

  /** A kept draft, or null when there is none or it is not one (another version of the app, a hand edit). */
  function readLocalDraft(raw: string | null): LocalDraft<T> | null {
    if (!raw) return null;
    try {
      const value = JSON.parse(raw) as Partial<LocalDraft<T>>;
      const fields = value.fields as Partial<Record<string, unknown>> | undefined;
      if (typeof value.baseVersion !== 'number' || typeof value.at !== 'string' || !fields) return null;
      if (!kind.keys.every((key) => kind.accepts(key, fields[key]))) return null;
      return { baseVersion: value.baseVersion, at: value.at, fields: textOf(fields as T) };
    } catch {
      return null;
    }
  }

  return {
    sameText,
    textOf,
    initialDraftState,
    conflictState,
    draftReducer,
    readLocalDraft,
    /** Whether the editor should save now (its debounce, a field left, the connection back). */
    needsSave: (state: DraftState<T>) => state.status === 'unsaved',
    /** While a conflict is open, the page must not be left as if everything were saved. */
    hasUnsavedText: (state: DraftState<T>) => !sameText(state.fields, state.base) || state.status === 'conflict',
    localDraftKey: (id: string) => `${kind.storagePrefix}:${id}`,
    /** A kept draft is worth offering back only when it says something the saved one does not. */
    offersRestore: (local: LocalDraft<T> | null, saved: SavedDraft<T>): local is LocalDraft<T> => local !== null && !sameText(local.fields, saved),
  };
}

export type Drafts<T extends DraftFields<T>> = ReturnType<typeof draftsOf<T>>;
