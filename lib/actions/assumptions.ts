'use server';

import { defineAction } from '@/lib/actions/define';
import { ActionRefusal } from '@/lib/actions/result';
import { createAssumption, editAssumption, getAssumption, openAssumptions } from '@/lib/db/assumptions';
import { DataError } from '@/lib/db/errors';
import { assumptionEditSchema, assumptionSchema, openAssumptionsSchema } from '@/lib/schemas/assumptions';

const textErrors = {
  assumption_number_unique: { field: 'number', message: 'assumptionNumberTaken' },
  assumption_team_of_programme: { field: 'teamId', message: 'teamNotInProgramme' },
};

/** Coordinators write any team's assumptions, a moderator those of the teams they moderate now (the database decides). */
export const createAssumptionAction = defineAction({ permission: 'assumptions.write', schema: assumptionSchema, databaseErrors: textErrors }, ({ client, input }) =>
  createAssumption(client, input),
);

/**
 * Saves the text. When someone else saved since the editor opened it, nothing is overwritten: the
 * refusal carries their revision (number, time and text), so the form shows it beside what was
 * typed, and the next save is based on it.
 */
export const editAssumptionAction = defineAction({ permission: 'assumptions.write', schema: assumptionEditSchema }, async ({ client, input }) => {
  try {
    return await editAssumption(client, input);
  } catch (error) {
    if (!(error instanceof DataError) || error.hint !== 'assumptions.conflict') throw error;
    const theirs = await getAssumption(client, input.id);
    const current = theirs?.revisions.find((revision) => revision.revision === theirs.current_revision);
    if (!current) throw error;
    throw new ActionRefusal('assumptionConflict', { revision: String(current.revision), savedAt: current.updated_at, title: current.title, body: current.body });
  }
});

/** Opens the chosen drafts for opinions: departments taking part in the programme's rounds read them from now on. */
export const openAssumptionsAction = defineAction({ permission: 'assumptions.open', schema: openAssumptionsSchema }, ({ client, input }) =>
  openAssumptions(client, input.assumptionIds),
);
