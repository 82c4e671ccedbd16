import { z } from 'zod';
import { TEXT_LIMITS } from '@/lib/schedule/types';
import { crossesMidnight, meetingInstants, readDate, readTime } from '@/lib/schedule/warsaw-time';
import { day, id, optionalId, requiredText } from './fields';

const optionalText = (max: number) => z.string().trim().max(max, 'tooLong').transform((value) => value || null);

export const teamSchema = z.object({ programmeId: id, name: requiredText(200) });

export const teamRenameSchema = z.object({ id, name: requiredText(200) });

export const assignModeratorSchema = z.object({ teamId: id, profileId: id, startsOn: day });

export const endModerationSchema = z.object({ teamId: id, endsOn: day, reason: z.enum(['resigned', 'removed'], 'required') });

export const venueUpdateSchema = z.object({ id, name: requiredText(TEXT_LIMITS.venueName), address: z.string().trim().max(300, 'tooLong') });

/** A room added to a venue (no id) or renamed. */
export const roomSchema = z.object({ venueId: id, id: optionalId, name: requiredText(TEXT_LIMITS.roomName) });

export const venueSchema = z.object({
  name: requiredText(TEXT_LIMITS.venueName),
  address: z.string().trim().max(300, 'tooLong'),
  /** Room names separated by commas: "6, 102, 103". */
  rooms: z
    .string()
    .trim()
    .max(500, 'tooLong')
    .transform((value) => [...new Set(value.split(',').map((room) => room.trim()).filter(Boolean))])
    .refine((rooms) => rooms.every((room) => room.length <= TEXT_LIMITS.roomName), 'tooLong'),
});

const meetingFields = z.object({
  roundId: id,
  teamId: id,
  scope: optionalText(TEXT_LIMITS.scope),
  venueId: id,
  roomId: optionalId,
  /** Warsaw wall-clock time, as lib/schedule/warsaw-time reads it. */
  date: z.string().trim().min(1, 'required').refine((text) => readDate(text) !== null, 'date'),
  time: z.string().trim().min(1, 'required').refine((text) => readTime(text) !== null, 'time'),
  durationMinutes: z.coerce.number('duration').int('duration').min(15, 'duration').max(600, 'duration'),
  isPublic: z.boolean(),
  changeReason: optionalText(500),
});

/** The form's date, time and length become the instants the meeting is stored with. */
const withInstants = <T extends z.output<typeof meetingFields>>({ date, time, durationMinutes, ...meeting }: T) => ({
  ...meeting,
  ...meetingInstants(date, time, durationMinutes),
});

/** A meeting ends on the day it starts (the database refuses the others too). */
const sameDay = <T extends { startsAt: string; endsAt: string }>(meeting: T) => !crossesMidnight(meeting);
const sameDayError = { path: ['durationMinutes'], message: 'crossesMidnight' };

export const meetingSchema = meetingFields.transform(withInstants).refine(sameDay, sameDayError);

export const meetingUpdateSchema = meetingFields.extend({ id }).transform(withInstants).refine(sameDay, sameDayError);

export const cancelMeetingSchema = z.object({ id, reason: requiredText(500) });

/** Once a version is issued the reason is required too: the database says so (`schedule.change_reason_required`). */
export const restoreMeetingSchema = z.object({ id, changeReason: optionalText(500) });

export const issueVersionSchema = z.object({ roundId: id, asOf: day });

export const importScheduleSchema = z.object({
  roundId: id,
  text: z.string().min(1, 'required').max(200_000, 'tooLong'),
  durationMinutes: z.coerce.number('duration').int('duration').min(15, 'duration').max(600, 'duration'),
  /** The unknown venues the coordinator agreed to create, by the text the table gives them. */
  createVenues: z.array(z.string()).max(50),
  /** Once a version is issued, the reason the next version gives for every imported meeting. */
  changeReason: optionalText(500),
});

export const roundDepartmentsSchema = z.object({ roundId: id, departmentIds: z.array(id).max(200) });

export type MeetingUpdateInput = z.input<typeof meetingUpdateSchema>;
export type Meeting = z.output<typeof meetingSchema>;

/** The choices of the meeting form. */
export interface MeetingFormOptions {
  teams: { id: string; name: string; vacant: boolean }[];
  venues: { id: string; name: string; rooms: { id: string; name: string }[] }[];
  /** Once a version is issued, every change needs a reason: it is shown in the next version's changes. */
  reasonRequired: boolean;
}
