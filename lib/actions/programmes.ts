'use server';

import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define';
import { ActionRefusal } from '@/lib/actions/result';
import { createProgramme, removeProgramme, updateProgramme } from '@/lib/db/programmes';
import { changeRoundStatus, createRound, updateRound } from '@/lib/db/rounds';
import { redirect } from '@/lib/i18n/navigation';
import { byId } from '@/lib/schemas/fields';
import { programmeSchema, programmeUpdateSchema, roundSchema, roundStatusChangeSchema, roundUpdateSchema } from '@/lib/schemas/programmes';

const roundErrors = {
  round_number_unique_in_programme: { field: 'number', message: 'roundNumberTaken' },
};

const programmeErrors = {
  programmes_title_key: { field: 'title', message: 'programmeTitleTaken' },
};

export const createProgrammeAction = defineAction({ permission: 'programmes.manage', schema: programmeSchema, databaseErrors: programmeErrors }, ({ client, input }) =>
  createProgramme(client, input),
);

export const updateProgrammeAction = defineAction({ permission: 'programmes.manage', schema: programmeUpdateSchema, databaseErrors: programmeErrors }, ({ client, input }) =>
  updateProgramme(client, input.id, input),
);

// A foreign key refusal names the table that still refers to the programme: said in words.
const programmeInUse = {
  rounds: { message: 'programmeHasRounds' },
  sector_teams: { message: 'programmeHasTeams' },
  assumptions: { message: 'programmeHasAssumptions' },
};

export const removeProgrammeAction = defineAction(
  { permission: 'programmes.manage', schema: byId, databaseErrors: programmeInUse },
  async ({ client, input }) => {
    if (!(await removeProgramme(client, input.id))) throw new ActionRefusal('programmeNotFound');
    redirect({ href: '/panel/programy', locale: await getLocale() });
  },
);

export const createRoundAction = defineAction(
  { permission: 'rounds.manage', schema: roundSchema, databaseErrors: roundErrors },
  ({ client, input }) => createRound(client, input),
);

export const updateRoundAction = defineAction(
  { permission: 'rounds.manage', schema: roundUpdateSchema, databaseErrors: roundErrors },
  ({ client, input }) => updateRound(client, input.id, input),
);

const statusErrors = {
  'round.status.illegal': { message: 'roundStatusIllegal' },
  'round.not_found': { message: 'roundStatusIllegal' },
};

export const changeRoundStatusAction = defineAction(
  { permission: 'rounds.manage', schema: roundStatusChangeSchema, databaseErrors: statusErrors },
  async ({ client, input }) => (await changeRoundStatus(client, input.roundId, input.status)).status,
);
