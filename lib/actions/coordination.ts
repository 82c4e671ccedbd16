'use server';

import { defineAction } from '@/lib/actions/define';
import { saveCoordinationMeeting } from '@/lib/db/coordination';
import { coordinationMeetingSchema } from '@/lib/schemas/coordination';

const coordinationErrors = {
  'coordination.conflict': { message: 'coordinationConflict' },
  'coordination.not_found': { message: 'coordinationNotFound' },
};

/** Records a coordination meeting of a round, or corrects one, with its decisions in order. */
export const saveCoordinationMeetingAction = defineAction(
  { permission: 'rounds.manage', schema: coordinationMeetingSchema, databaseErrors: coordinationErrors },
  ({ client, input }) => saveCoordinationMeeting(client, input),
);
