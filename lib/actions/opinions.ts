'use server';

import type { SupabaseClient } from '@supabase/supabase-js';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define';
import { DataError } from '@/lib/db/errors';
import { draftOf, getOpinion, saveOpinionDraft, submitOpinion, withdrawOpinion } from '@/lib/db/opinions';
import { redirect } from '@/lib/i18n/navigation';
import { sameText, textOf, type DraftOutcome } from '@/lib/opinions/draft';
import { opinionRequestSchema, opinionSchema, type OpinionInput } from '@/lib/schemas/opinions';

// Message keys of `Opinions.errors`.
const opinionErrors = {
  'opinions.already_submitted': { message: 'alreadySubmitted' },
  'opinions.conflict': { message: 'conflict' },
  'opinions.stance_required': { field: 'stance', message: 'stanceRequired' },
  'opinions.justification_required': { field: 'justification', message: 'justificationRequired' },
};
const withdrawErrors = {
  'opinions.already_decided': { message: 'alreadyDecided' },
  'opinions.not_submitted': { message: 'notSubmitted' },
};

async function saveOrConflict(client: SupabaseClient, input: OpinionInput): Promise<DraftOutcome> {
  try {
    return { outcome: 'saved', draft: draftOf(await saveOpinionDraft(client, input)) };
  } catch (error) {
    if (!(error instanceof DataError) || error.hint !== 'opinions.conflict') throw error;
    const theirs = await getOpinion(client, input.requestId);
    if (!theirs) throw error;
    return { outcome: 'conflict', theirs: draftOf(theirs), mine: textOf(input) };
  }
}

const backToRequest = async (requestId: string, outcome: 'zlozona' | 'wycofana') =>
  redirect({ href: `/panel/opiniowanie/${requestId}?stan=${outcome}`, locale: await getLocale() });

/**
 * The opinion form's one action, so that it works the same posted without JavaScript: saves the
 * draft as the department types ("save"), or submits it ("submit": saved first if the text
 * differs from the draft, then submitted, and on to the submitted opinion's page). Submitting
 * twice (a double click, a retry, two tabs) gives the one opinion back: the database makes it so.
 */
export const saveOpinionAction = defineAction(
  { permission: 'opinions.submit', schema: opinionSchema, databaseErrors: opinionErrors },
  async ({ client, input }): Promise<DraftOutcome> => {
    if (input.intent === 'save') return saveOrConflict(client, input);
    const current = await getOpinion(client, input.requestId);
    let version = input.expectedVersion;
    if (current?.state !== 'submitted' && !(current && sameText(draftOf(current), input))) {
      const saved = await saveOrConflict(client, input);
      if (saved.outcome === 'conflict') return saved;
      version = saved.draft.version;
    }
    await submitOpinion(client, input.requestId, version);
    return backToRequest(input.requestId, 'zlozona');
  },
);

/** Back to a draft with the text kept, while the coordinator has not decided. */
export const withdrawOpinionAction = defineAction(
  { permission: 'opinions.submit', schema: opinionRequestSchema, databaseErrors: withdrawErrors },
  async ({ client, input }) => {
    await withdrawOpinion(client, input.requestId);
    return backToRequest(input.requestId, 'wycofana');
  },
);
