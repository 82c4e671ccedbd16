'use server';

import { defineAction } from '@/lib/actions/define';
import { createFollowUp, updateFollowUp } from '@/lib/db/follow-ups';
import { recordOutcome } from '@/lib/db/outcomes';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { followUpSchema, followUpUpdateSchema, outcomeSchema } from '@/lib/schemas/outcomes';

/** Records a meeting's outcome (held, with who came; or not held, and why), or corrects it. */
export const recordOutcomeAction = defineAction(
  {
    permission: 'meetings.record_outcome',
    schema: outcomeSchema,
    databaseErrors: {
      'outcomes.not_started': { message: 'outcomeNotStarted' },
      'outcomes.cancelled': { message: 'outcomeCancelled' },
      'outcomes.conflict': { message: 'outcomeConflict' },
      'outcomes.has_minutes': { field: 'held', message: 'outcomeHasMinutes' },
      'outcomes.count_too_low': { field: 'organisationCount', message: 'organisationCountTooLow' },
      'outcomes.note_required': { field: 'note', message: 'notHeldNoteRequired' },
      'outcomes.organisation_too_long': { field: 'organisations', message: 'organisationTooLong' },
    },
  },
  async ({ client, input }) => {
    const held = input.held === 'held';
    return recordOutcome(client, {
      meetingId: input.meetingId,
      expectedVersion: input.expectedVersion,
      held,
      organisations: held ? input.organisations : [],
      organisationCount: held ? (input.organisationCount ?? input.organisations.length) : null,
      departmentIds: held ? input.departmentIds : [],
      notHeldReason: held ? null : input.notHeldReason || null,
      note: input.note,
    });
  },
);

/**
 * Invites an organisation from a held meeting to talks with a department; its staff are e-mailed.
 * Coordinators record them for any meeting, a moderator for their team's (the database decides).
 */
export const createFollowUpAction = defineAction(
  {
    permission: 'minutes.write',
    schema: followUpSchema,
    databaseErrors: { 'follow_ups.not_held': { message: 'followUpNotHeld' } },
  },
  async ({ client, input }) => {
    await createFollowUp(client, input);
    dispatchAfterResponse();
    return null;
  },
);

/** The department invited records whether and when the talks take place. */
export const updateFollowUpAction = defineAction(
  {
    permission: 'follow_ups.update',
    schema: followUpUpdateSchema,
    databaseErrors: { 'follow_ups.date_required': { field: 'talksOn', message: 'followUpDateRequired' } },
  },
  async ({ client, input }) => {
    await updateFollowUp(client, input);
    return null;
  },
);
