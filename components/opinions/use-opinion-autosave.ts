'use client';

import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { saveOpinionAction } from '@/lib/actions/opinions';
import {
  draftReducer,
  hasUnsavedText,
  localDraftKey,
  needsSave,
  offersRestore,
  readLocalDraft,
  type DraftEvent,
  type DraftState,
  type LocalDraft,
  type OpinionText,
} from '@/lib/opinions/draft';

/** A pause in typing this long saves the draft. */
export const AUTOSAVE_DELAY_MS = 1500;
/** While the connection is down, how often to try again (besides the browser's "online" event). */
const OFFLINE_RETRY_MS = 10_000;

/** The form as the action takes it: an empty stance is none. */
export const postedOpinion = (requestId: string, expectedVersion: number, fields: OpinionText, intent: 'save' | 'submit') => ({
  requestId,
  expectedVersion,
  stance: fields.stance ?? '',
  justification: fields.justification,
  proposedWording: fields.proposedWording,
  intent,
});

/**
 * Saves the draft as the person types: after a pause, on leaving a field or the page, and when the
 * connection returns. Until a save lands, the text is kept in this browser, and offered back when
 * the editor opens again. Every save names the version it builds on, so a save that would
 * overwrite another person's (or tab's) becomes a conflict for the person to resolve.
 */
export function useOpinionAutosave(requestId: string, initial: () => DraftState) {
  const [state, react] = useReducer(draftReducer, undefined, initial);
  // The state as of the last event, for work that awaits a save and goes on before React renders.
  const latest = useRef(state);
  const dispatch = useCallback((event: DraftEvent) => {
    latest.current = draftReducer(latest.current, event);
    react(event);
  }, []);
  const inFlight = useRef<Promise<void> | null>(null);
  // undefined until this browser's kept text has been read; then the one to offer back, or null.
  const [keptText, setKeptText] = useState<LocalDraft | null | undefined>(undefined);

  const save = useCallback((): Promise<void> => {
    if (inFlight.current) return inFlight.current;
    const current = latest.current;
    if (!needsSave(current)) return Promise.resolve();
    if (!navigator.onLine) {
      dispatch({ type: 'offline' });
      return Promise.resolve();
    }
    dispatch({ type: 'saveStarted' });
    const run = saveOpinionAction(postedOpinion(requestId, current.base.version, current.fields, 'save'))
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
  }, [requestId, dispatch]);

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
  }, [state, save]);

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
    const kept = readLocalDraft(localStorage.getItem(localDraftKey(requestId)));
    setKeptText(offersRestore(kept, latest.current.base) ? kept : null);
  }, [requestId]);

  // Until saved, the text lives in this browser too (not while an earlier one waits to be offered back).
  useEffect(() => {
    if (keptText !== null) return;
    const key = localDraftKey(requestId);
    if (hasUnsavedText(state)) localStorage.setItem(key, JSON.stringify({ baseVersion: state.base.version, fields: state.fields, at: new Date().toISOString() }));
    else localStorage.removeItem(key);
  }, [requestId, state, keptText]);

  const restoreKept = () => {
    if (keptText) dispatch({ type: 'restored', local: keptText });
    setKeptText(null);
  };
  const discardKept = () => {
    localStorage.removeItem(localDraftKey(requestId));
    setKeptText(null);
  };

  return { state, latest: () => latest.current, dispatch, save, flush, keptText: keptText ?? null, restoreKept, discardKept };
}
