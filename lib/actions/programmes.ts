'use server';

import { defineAction } from '@/lib/actions/define';
import { createProgramme, updateProgramme } from '@/lib/db/programmes';
import { createRound, updateRound } from '@/lib/db/rounds';
import { programmeSchema, programmeUpdateSchema, roundSchema, roundUpdateSchema } from '@/lib/schemas/programmes';

const roundErrors = {
  round_number_unique_in_programme: { field: 'number', message: 'roundNumberTaken' },
};

export const createProgrammeAction = defineAction({ permission: 'programmes.manage', schema: programmeSchema }, ({ client, input }) =>
  createProgramme(client, input),
);

export const updateProgrammeAction = defineAction({ permission: 'programmes.manage', schema: programmeUpdateSchema }, ({ client, input }) =>
  updateProgramme(client, input.id, input),
);

export const createRoundAction = defineAction(
  { permission: 'rounds.manage', schema: roundSchema, databaseErrors: roundErrors },
  ({ client, input }) => createRound(client, input),
);

export const updateRoundAction = defineAction(
  { permission: 'rounds.manage', schema: roundUpdateSchema, databaseErrors: roundErrors },
  ({ client, input }) => updateRound(client, input.id, input),
);
