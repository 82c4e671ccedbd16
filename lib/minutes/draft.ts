import { draftsOf, type DraftOutcome, type DraftState, type SavedDraft } from '@/lib/drafts/draft';
import { MINUTES_PARTS } from '@/lib/workflow/minutes';

/** The five parts of a meeting's minutes, as written. */
export interface MinutesText {
  attendance: string;
  agenda: string;
  positions: string;
  decisions: string;
  followUps: string;
}

export type SavedMinutes = SavedDraft<MinutesText>;
export type MinutesDraftState = DraftState<MinutesText>;
export type MinutesOutcome = DraftOutcome<MinutesText>;

export const EMPTY_MINUTES: SavedMinutes = { attendance: '', agenda: '', positions: '', decisions: '', followUps: '', version: 0, savedAt: null };

/** The minutes' drafts: saved as the moderator or coordinator types, kept in the browser until saved. */
export const minutesDrafts = draftsOf<MinutesText>({
  keys: MINUTES_PARTS,
  storagePrefix: 'tura:minutes-draft',
  accepts: (_, value) => typeof value === 'string',
});

/** Whether every part is blank: such minutes are not submitted. */
export const minutesEmpty = (text: MinutesText) => MINUTES_PARTS.every((part) => text[part].trim() === '');
