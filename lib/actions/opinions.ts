'use server';

import type { SupabaseClient } from '@supabase/supabase-js';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define';
import { saveAndSubmit, saveOrConflict } from '@/lib/actions/drafts';
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

const save = (client: SupabaseClient, input: OpinionInput) =>
  saveOrConflict({
    save: async () => draftOf(await saveOpinionDraft(client, input)),
    conflictHint: 'opinions.conflict',
    mine: textOf(input),
    theirs: async () => {
      const theirs = await getOpinion(client, input.requestId);
      return theirs ? draftOf(theirs) : null;
    },
  });

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
    if (input.intent === 'save') return save(client, input);
    const current = await getOpinion(client, input.requestId);
    const conflict = await saveAndSubmit({
      version: input.expectedVersion,
      saved: current?.state === 'submitted' || Boolean(current && sameText(draftOf(current), input)),
      save: () => save(client, input),
      submit: (version) => submitOpinion(client, input.requestId, version),
    });
    if (conflict) return conflict;
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
