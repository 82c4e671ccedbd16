'use server';

import type { SupabaseClient } from '@supabase/supabase-js';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define';
import { saveAndSubmit, saveOrConflict } from '@/lib/actions/drafts';
import { draftOfMinutes, latestMinutes, minutesTextOf, reviewMinutes, saveMinutes, submitMinutes } from '@/lib/db/minutes';
import { redirect } from '@/lib/i18n/navigation';
import { minutesDrafts, type MinutesOutcome } from '@/lib/minutes/draft';
import { minutesSchema, reviewMinutesSchema, type MinutesInput } from '@/lib/schemas/minutes';

// Message keys of `Minutes.errors`.
const minutesErrors = {
  'minutes.conflict': { message: 'conflict' },
  'minutes.awaiting_approval': { message: 'awaitingApproval' },
  'minutes.no_draft': { message: 'noDraft' },
  'minutes.not_held': { message: 'notHeld' },
  'minutes.empty': { field: 'attendance', message: 'empty' },
  'minutes.not_submitted': { message: 'notSubmitted' },
  'minutes.comment_required': { field: 'comment', message: 'commentRequired' },
};

const save = (client: SupabaseClient, input: MinutesInput) =>
  saveOrConflict({
    save: async () => draftOfMinutes(await saveMinutes(client, input.meetingId, input.expectedVersion, minutesDrafts.textOf(input))),
    conflictHint: 'minutes.conflict',
    mine: minutesDrafts.textOf(input),
    theirs: async () => {
      const theirs = await latestMinutes(client, input.meetingId);
      return theirs ? draftOfMinutes(theirs) : null;
    },
  });

const backToMinutes = async (meetingId: string, notice: string) =>
  redirect({ href: `/panel/spotkania/${meetingId}/protokol?stan=${notice}`, locale: await getLocale() });

/**
 * The minutes form's one action, so that it works the same posted without JavaScript: saves the
 * draft as the person types ("save"; a version 0 save of approved minutes begins a correction), or
 * submits it for approval ("submit": saved first if the text differs, then submitted, and back to
 * the minutes with a notice). The moderator, or the coordinators for a vacant team, get an e-mail.
 */
export const saveMinutesAction = defineAction(
  { permission: 'minutes.write', schema: minutesSchema, databaseErrors: minutesErrors },
  async ({ client, input }): Promise<MinutesOutcome> => {
    if (input.intent === 'save') return save(client, input);
    const current = await latestMinutes(client, input.meetingId);
    const conflict = await saveAndSubmit({
      version: input.expectedVersion,
      saved:
        current?.state === 'submitted' ||
        Boolean(current && current.state !== 'approved' && current.version === input.expectedVersion && minutesDrafts.sameText(minutesTextOf(current), minutesDrafts.textOf(input))),
      save: () => save(client, input),
      submit: (version) => submitMinutes(client, input.meetingId, version),
    });
    if (conflict) return conflict;
    return backToMinutes(input.meetingId, 'przekazany');
  },
);

/** Approves the submitted minutes, or returns them with a comment; the author gets an e-mail. */
export const reviewMinutesAction = defineAction(
  { permission: 'minutes.approve', schema: reviewMinutesSchema, databaseErrors: minutesErrors },
  async ({ client, input }) => {
    await reviewMinutes(client, input.meetingId, input.decision === 'approve', input.comment);
    return backToMinutes(input.meetingId, input.decision === 'approve' ? 'zatwierdzony' : 'zwrocony');
  },
);
