'use server';

import { ActionRefusal } from '@/lib/actions/result';
import { defineAction } from '@/lib/actions/define';
import { getRound } from '@/lib/db/rounds';
import { saveSectionEdit, waiveMinutes } from '@/lib/db/summary';
import { minutesWaiverSchema, summaryRestoreSchema, summarySectionSchema, withdrawWaiverSchema } from '@/lib/schemas/summary';
import type { SupabaseClient } from '@supabase/supabase-js';

const summaryErrors = {
  'summary.conflict': { message: 'summaryConflict' },
  'round.not_found': { message: 'summaryRoundNotFound' },
  'summary.waiver_not_held': { message: 'waiverNotHeld' },
};

async function roundOf(client: SupabaseClient, roundId: string) {
  const round = await getRound(client, roundId);
  if (!round) throw new ActionRefusal('summaryRoundNotFound');
  return round;
}

/** The coordinator's text of a section of the round's summary; answers the draft's new version. */
export const saveSummarySectionAction = defineAction(
  { permission: 'summary.edit', schema: summarySectionSchema, databaseErrors: summaryErrors },
  async ({ client, input }) => saveSectionEdit(client, await roundOf(client, input.roundId), input),
);

/** A section back to its generated text. */
export const restoreSummarySectionAction = defineAction(
  { permission: 'summary.edit', schema: summaryRestoreSchema, databaseErrors: summaryErrors },
  async ({ client, input }) => saveSectionEdit(client, await roundOf(client, input.roundId), { ...input, text: null }),
);

/** A held meeting's minutes waived, with the reason the summary will state. */
export const waiveMinutesAction = defineAction(
  { permission: 'summary.edit', schema: minutesWaiverSchema, databaseErrors: summaryErrors },
  async ({ client, input }) => waiveMinutes(client, input.meetingId, input.reason).then(() => null),
);

/** The waiver withdrawn. */
export const withdrawWaiverAction = defineAction(
  { permission: 'summary.edit', schema: withdrawWaiverSchema, databaseErrors: summaryErrors },
  async ({ client, input }) => waiveMinutes(client, input.meetingId, '').then(() => null),
);
