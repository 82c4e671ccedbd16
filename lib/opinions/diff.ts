import { diffWordsWithSpace } from 'diff';

/** A piece of text as it was, as it is, or as both. */
export interface TextChange {
  text: string;
  change: 'kept' | 'added' | 'removed';
}

/** What changed between two texts, word by word (white space kept), for showing a revision's changes. */
export function diffText(before: string, after: string): TextChange[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    text: part.value,
    change: part.added ? 'added' : part.removed ? 'removed' : 'kept',
  }));
}

export const hasChanges = (changes: readonly TextChange[]) => changes.some((part) => part.change !== 'kept');
