'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import type { DraftEvent, DraftFields, DraftOutcome, DraftState, Drafts, LocalDraft } from '@/lib/drafts/draft';

/** A pause in typing this long saves the draft. */
export const AUTOSAVE_DELAY_MS = 1500;
/** While the connection is down, how often to try again (besides the browser's "online" event). */
const OFFLINE_RETRY_MS = 10_000;

/** Sends the fields as a save building on `version`: the form's server action. */
export type SendDraft<T> = (version: number, fields: T) => Promise<ActionResult<DraftOutcome<T>>>;

/**
 * Saves the draft as the person types: after a pause, on leaving a field or the page, and when the
 * connection returns. Until a save lands, the text is kept in this browser, and offered back when
 * the editor opens again. Every save names the version it builds on, so a save that would
 * overwrite another person's (or tab's) becomes a conflict for the person to resolve.
 */
export function useDraftAutosave<T extends DraftFields<T>>(drafts: Drafts<T>, id: string, initial: () => DraftState<T>, send: SendDraft<T>) {
  const { draftReducer, hasUnsavedText, localDraftKey, needsSave, offersRestore, readLocalDraft } = drafts;
  const [state, react] = useReducer(draftReducer, undefined, initial);
  // The latest action to send with (a new function at each render is the same action).
  const sender = useRef(send);
  useEffect(() => {
    sender.current = send;
  });
  // The state as of the last event, for work that awaits a save and goes on before React renders.
  const latest = useRef(state);
  const dispatch = useCallback(
    (event: DraftEvent<T>) => {
      latest.current = draftReducer(latest.current, event);
      react(event);
    },
    [draftReducer],
  );
  const inFlight = useRef<Promise<void> | null>(null);
  // undefined until this browser's kept text has been read; then the one to offer back, or null.
  const [keptText, setKeptText] = useState<LocalDraft<T> | null | undefined>(undefined);

  const save = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    const current = latest.current;
    if (!needsSave(current)) return Promise.resolve();
    if (!navigator.onLine) {
      dispatch({ type: 'offline' });
      return Promise.resolve();
    }
    dispatch({ type: 'saveStarted' });
    const run = sender
      .current(current.base.version, current.fields)
      .then((result) => {
        if (!result.ok) dispatch({ type: 'failed', error: result.formError ?? Object.values(result.fieldErrors ?? {})[0] ?? 'unexpected' });
        else if (result.data.outcome === 'conflict') dispatch({ type: 'conflict', theirs: result.data.theirs });
        else dispatch({ type: 'saved', draft: result.data.draft });
      })
      // The request never reached the server, or its answer never came back: the text stays here.
      .catch(() => dispatch({ type: 'offline' }))
      .finally(() => {
        inFlight.current = null;
      });
    inFlight.current = run;
    return run;
  }, [needsSave, dispatch]);

  /** Everything saved that can be: the save under way, then one more if the person typed meanwhile. */
  const flush = useCallback(async () => {
    await inFlight.current;
    await save();
  }, [save]);

  // Debounce: every change restarts the wait.
  useEffect(() => {
    if (!needsSave(state)) return;
    const timer = setTimeout(save, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, save, needsSave]);

  useEffect(() => {
    if (state.status !== 'offline') return;
    const timer = setInterval(() => dispatch({ type: 'retry' }), OFFLINE_RETRY_MS);
    return () => clearInterval(timer);
  }, [state.status, dispatch]);

  // The connection back, the tab hidden, the page left: save now.
  useEffect(() => {
    const online = () => dispatch({ type: 'retry' });
    const hidden = () => {
      if (document.visibilityState === 'hidden') void save();
    };
    window.addEventListener('online', online);
    window.addEventListener('pagehide', save);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('online', online);
      window.removeEventListener('pagehide', save);
      document.removeEventListener('visibilitychange', hidden);
      void save();
    };
  }, [save, dispatch]);

  // What this browser kept from last time, read once before anything overwrites it.
  useEffect(() => {
    const kept = readLocalDraft(localStorage.getItem(localDraftKey(id)));
    setKeptText(offersRestore(kept, latest.current.base) ? kept : null);
  }, [id, readLocalDraft, localDraftKey, offersRestore]);

  // Until saved, the text lives in this browser too (not while an earlier one waits to be offered back).
  useEffect(() => {
    if (keptText !== null) return;
    const key = localDraftKey(id);
    if (hasUnsavedText(state)) localStorage.setItem(key, JSON.stringify({ baseVersion: state.base.version, fields: state.fields, at: new Date().toISOString() }));
    else localStorage.removeItem(key);
  }, [id, state, keptText, hasUnsavedText, localDraftKey]);

  const restoreKept = () => {
    if (keptText) dispatch({ type: 'restored', local: keptText });
    setKeptText(null);
  };
  const discardKept = () => {
    localStorage.removeItem(localDraftKey(id));
    setKeptText(null);
  };

  return { state, latest: () => latest.current, dispatch, save, flush, keptText: keptText ?? null, restoreKept, discardKept };
}
