import {
  draftsOf,
  type DraftEvent as AnyDraftEvent,
  type DraftOutcome as AnyDraftOutcome,
  type DraftState as AnyDraftState,
  type LocalDraft as AnyLocalDraft,
  type SavedDraft as AnySavedDraft,
} from '@/lib/drafts/draft';
import { OPINION_STANCES, type OpinionStance } from '@/lib/workflow/opinions';

/** What a department writes: its stance, the justification, and the wording it proposes. */
export interface OpinionText {
  stance: OpinionStance | null;
  justification: string;
  proposedWording: string;
}

export type SavedDraft = AnySavedDraft<OpinionText>;
export type DraftState = AnyDraftState<OpinionText>;
export type DraftEvent = AnyDraftEvent<OpinionText>;
export type LocalDraft = AnyLocalDraft<OpinionText>;
export type DraftOutcome = AnyDraftOutcome<OpinionText>;

export const EMPTY_DRAFT: SavedDraft = { stance: null, justification: '', proposedWording: '', version: 0, savedAt: null };

/** The opinion's drafts: saved as the department types, kept in the browser until saved. */
export const opinionDrafts = draftsOf<OpinionText>({
  keys: ['stance', 'justification', 'proposedWording'],
  storagePrefix: 'tura:opinion-draft',
  accepts: (key, value) => (key === 'stance' ? value === null || OPINION_STANCES.includes(value as OpinionStance) : typeof value === 'string'),
});

export const { sameText, textOf, initialDraftState, conflictState, draftReducer, needsSave, hasUnsavedText, localDraftKey, readLocalDraft, offersRestore } =
  opinionDrafts;
