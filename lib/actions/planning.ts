'use server';

import type { SupabaseClient } from '@supabase/supabase-js';
import { getLocale } from 'next-intl/server';
import { defineAction } from '@/lib/actions/define';
import { ActionRefusal } from '@/lib/actions/result';
import {
  addMeeting,
  assignModerator,
  cancelMeeting,
  createTeam,
  createVenue,
  endModeration,
  issueScheduleVersion,
  removeRoom,
  removeTeam,
  removeVenue,
  renameTeam,
  restoreMeeting,
  saveRoom,
  setRoundDepartments,
  updateMeeting,
  updateVenue,
} from '@/lib/db/planning';
import { listMeetingsBetween } from '@/lib/db/schedule';
import { importMeetings, planImport } from '@/lib/db/schedule-import';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { findConflicts } from '@/lib/schedule/conflicts';
import { redirect } from '@/lib/i18n/navigation';
import { byId } from '@/lib/schemas/fields';
import { warsawDateTime } from '@/lib/schedule/warsaw-time';
import {
  assignModeratorSchema,
  cancelMeetingSchema,
  endModerationSchema,
  importScheduleSchema,
  issueVersionSchema,
  meetingSchema,
  meetingUpdateSchema,
  restoreMeetingSchema,
  roomSchema,
  roundDepartmentsSchema,
  teamRenameSchema,
  teamSchema,
  venueSchema,
  venueUpdateSchema,
  type Meeting,
} from '@/lib/schemas/planning';

const teamErrors = {
  sector_team_name_unique_in_programme: { field: 'name', message: 'teamNameTaken' },
  'teams.not_a_moderator': { field: 'profileId', message: 'notAModerator' },
  'teams.already_moderator': { field: 'profileId', message: 'alreadyModerator' },
  'teams.dates_order': { field: 'startsOn', message: 'moderatorDatesOrder' },
  'teams.no_moderator': { field: 'endsOn', message: 'noModeratorThen' },
  'teams.future_date': { message: 'futureDate' },
};

const meetingErrors = {
  meetings_room_free: { field: 'roomId', message: 'roomTaken' },
  meetings_venue_free: { field: 'roomId', message: 'venueTaken' },
  'meeting.outside_round': { field: 'date', message: 'outsideRound' },
  'meeting.crosses_midnight': { field: 'durationMinutes', message: 'crossesMidnight' },
  meetings_team_free: { field: 'time', message: 'teamBusy' },
  meeting_room_of_venue: { field: 'roomId', message: 'roomNotInVenue' },
  'meeting.team_not_in_programme': { field: 'teamId', message: 'teamNotInProgramme' },
  // Once a version is issued, every change needs its reason: the next version lists it.
  'schedule.change_reason_required': { field: 'changeReason', message: 'changeReasonRequired' },
};

export const createTeamAction = defineAction({ permission: 'teams.manage', schema: teamSchema, databaseErrors: teamErrors }, ({ client, input }) =>
  createTeam(client, input.programmeId, input.name),
);

export const renameTeamAction = defineAction({ permission: 'teams.manage', schema: teamRenameSchema, databaseErrors: teamErrors }, ({ client, input }) =>
  renameTeam(client, input.id, input.name),
);

// A foreign key refusal names the table that still refers to the team: said in words.
const teamInUse = {
  meetings: { message: 'teamHasMeetings' },
  meeting_outcomes: { message: 'teamHasMeetings' },
  minutes_revisions: { message: 'teamHasMeetings' },
  follow_ups: { message: 'teamHasMeetings' },
  assumptions: { message: 'teamHasAssumptions' },
};

export const removeTeamAction = defineAction({ permission: 'teams.manage', schema: byId, databaseErrors: teamInUse }, async ({ client, input }) => {
  const removed = await removeTeam(client, input.id);
  if (!removed) throw new ActionRefusal('teamNotFound');
  redirect({ href: `/panel/programy/${removed.programme_id}/zespoly`, locale: await getLocale() });
});

export const assignModeratorAction = defineAction(
  { permission: 'teams.manage', schema: assignModeratorSchema, databaseErrors: teamErrors },
  async ({ client, input }) => {
    await assignModerator(client, input.teamId, input.profileId, input.startsOn);
    return null;
  },
);

export const endModerationAction = defineAction(
  { permission: 'teams.manage', schema: endModerationSchema, databaseErrors: teamErrors },
  async ({ client, input }) => {
    await endModeration(client, input.teamId, input.endsOn, input.reason);
    return null;
  },
);

const venueErrors = { 'venues.exists': { field: 'name', message: 'venueExists' }, venue_unique: { field: 'name', message: 'venueExists' } };

export const createVenueAction = defineAction(
  { permission: 'venues.manage', schema: venueSchema, databaseErrors: venueErrors },
  async ({ client, input }) => {
    await createVenue(client, input);
    return null;
  },
);

export const setRoundDepartmentsAction = defineAction({ permission: 'rounds.manage', schema: roundDepartmentsSchema }, async ({ client, input }) => {
  await setRoundDepartments(client, input.roundId, input.departmentIds);
  return null;
});

/** Refuses a meeting that clashes with another, naming the other meeting (the database guards races). */
async function refuseConflicts(client: SupabaseClient, meeting: Meeting & { id?: string }) {
  const others = await listMeetingsBetween(client, meeting.startsAt, meeting.endsAt);
  const conflict = findConflicts(meeting, others)[0];
  if (!conflict) return;
  const when = warsawDateTime(conflict.other.startsAt);
  const place = conflict.other.roomName ? `${conflict.other.venueName}, ${conflict.other.roomName}` : conflict.other.venueName;
  throw new ActionRefusal(conflict.kind === 'room' ? 'roomTakenBy' : 'teamBusyWith', { team: conflict.other.teamName, when, place, round: conflict.other.roundTitle });
}

export const addMeetingAction = defineAction({ permission: 'schedule.manage', schema: meetingSchema, databaseErrors: meetingErrors }, async ({ client, input }) => {
  await refuseConflicts(client, input);
  await addMeeting(client, input);
  return null;
});

export const updateMeetingAction = defineAction(
  { permission: 'schedule.manage', schema: meetingUpdateSchema, databaseErrors: meetingErrors },
  async ({ client, input }) => {
      await refuseConflicts(client, input);
    await updateMeeting(client, input.id, input);
    return null;
  },
);

export const cancelMeetingAction = defineAction({ permission: 'schedule.manage', schema: cancelMeetingSchema }, async ({ client, input }) => {
  await cancelMeeting(client, input.id, input.reason);
  return null;
});

const restoreErrors = {
  meetings_room_free: { message: 'restoreRoomTaken' },
  meetings_team_free: { message: 'restoreTeamBusy' },
  'schedule.change_reason_required': { field: 'changeReason', message: 'changeReasonRequired' },
};

export const restoreMeetingAction = defineAction(
  { permission: 'schedule.manage', schema: restoreMeetingSchema, databaseErrors: restoreErrors },
  async ({ client, input }) => {
    if (!(await restoreMeeting(client, input.id, input.changeReason))) throw new ActionRefusal('meetingNotCancelled');
    return null;
  },
);

export const updateVenueAction = defineAction({ permission: 'venues.manage', schema: venueUpdateSchema, databaseErrors: venueErrors }, ({ client, input }) =>
  updateVenue(client, input),
);

// A foreign key refusal names the table that still refers to the venue or room: said in words.
const venueInUse = {
  meetings: { message: 'venueHasMeetings' },
  coordination_meetings: { message: 'venueHasCoordinationMeetings' },
};

export const removeVenueAction = defineAction({ permission: 'venues.manage', schema: byId, databaseErrors: venueInUse }, async ({ client, input }) => {
  if (!(await removeVenue(client, input.id))) throw new ActionRefusal('venueNotFound');
  redirect({ href: '/panel/miejsca', locale: await getLocale() });
});

export const saveRoomAction = defineAction(
  { permission: 'venues.manage', schema: roomSchema, databaseErrors: { venue_room_unique: { field: 'name', message: 'roomExists' } } },
  ({ client, input }) => saveRoom(client, input),
);

export const removeRoomAction = defineAction({ permission: 'venues.manage', schema: byId, databaseErrors: { meetings: { message: 'roomHasMeetings' } } }, async ({ client, input }) => {
  if (!(await removeRoom(client, input.id))) throw new ActionRefusal('venueNotFound');
  return null;
});

/** The preview: every row's result, problems and conflicts included. Writes nothing. */
export const previewImportAction = defineAction({ permission: 'schedule.manage', schema: importScheduleSchema }, ({ client, input }) => planImport(client, input));

/** Imports all rows in one transaction, or none: refused while any row has a problem. */
export const importScheduleAction = defineAction(
  {
    permission: 'schedule.manage',
    schema: importScheduleSchema,
    databaseErrors: {
      'schedule.conflict': { message: 'scheduleConflict' },
      'schedule.change_reason_required': meetingErrors['schedule.change_reason_required'],
      // The preview checks these first; the database has the last word when the round changed meanwhile.
      'meeting.outside_round': { message: 'importOutsideRound' },
      'meeting.crosses_midnight': { message: 'importCrossesMidnight' },
    },
  },
  async ({ client, input }) => {
    const rows = await planImport(client, input);
    if (!rows || rows.length === 0 || rows.some((row) => row.problems.length > 0)) return { imported: 0, rows };
    return { imported: await importMeetings(client, input, rows), rows };
  },
);

const issueErrors = {
  'schedule.empty': { message: 'scheduleEmpty' },
  'schedule.unchanged': { message: 'scheduleUnchanged' },
  'schedule.as_of_before_previous': { field: 'asOf', message: 'asOfBeforePrevious' },
  'schedule.round_not_open': { message: 'roundNotOpen' },
};

/** Freezes the schedule as a version, and e-mails the moderators and departments involved. */
export const issueVersionAction = defineAction({ permission: 'schedule.manage', schema: issueVersionSchema, databaseErrors: issueErrors }, async ({ client, input }) => {
  const version = await issueScheduleVersion(client, input.roundId, input.asOf);
  dispatchAfterResponse();
  return version;
});
