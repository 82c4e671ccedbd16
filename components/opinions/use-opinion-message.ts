'use client';

import { useDraftMessage } from '@/components/drafts/use-draft-message';

/** A refusal in words: the opinion's own messages (`Opinions.errors`) first, then the app's. */
export const useOpinionMessage = () => useDraftMessage('Opinions');
