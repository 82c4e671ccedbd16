import 'server-only';
import type { DraftOutcome, SavedDraft } from '@/lib/drafts/draft';
import { DataError } from '@/lib/db/errors';

/**
 * Saves a draft, or, when the database refuses the save as a conflict (`conflictHint`: another
 * version was saved meanwhile), answers both versions for the person to choose from.
 */
export async function saveOrConflict<T>(options: {
  save: () => Promise<SavedDraft<T>>;
  conflictHint: string;
  mine: T;
  theirs: () => Promise<SavedDraft<T> | null>;
}): Promise<DraftOutcome<T>> {
  try {
    return { outcome: 'saved', draft: await options.save() };
  } catch (error) {
    if (!(error instanceof DataError) || error.hint !== options.conflictHint) throw error;
    const theirs = await options.theirs();
    if (!theirs) throw error;
    return { outcome: 'conflict', theirs, mine: options.mine };
  }
}

/**
 * Submits a draft as the form shows it: saved first unless the database already holds this text
 * (`saved`), then submitted at the version saved. A conflict on the way is answered (nothing is
 * submitted); otherwise null.
 */
export async function saveAndSubmit<T>(options: {
  version: number;
  saved: boolean;
  save: () => Promise<DraftOutcome<T>>;
  submit: (version: number) => Promise<unknown>;
}): Promise<DraftOutcome<T> | null> {
  let version = options.version;
  if (!options.saved) {
    const saved = await options.save();
    if (saved.outcome === 'conflict') return saved;
    version = saved.draft.version;
  }
  await options.submit(version);
  return null;
}
