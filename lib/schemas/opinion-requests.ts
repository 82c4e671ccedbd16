import { z } from 'zod';
import { todayInWarsaw } from '@/lib/dates';
import { day, id } from './fields';

/** A deadline is today or later, in Warsaw (the database checks again, with its own clock). */
const deadline = day.refine((value) => value >= todayInWarsaw(), 'deadlinePast');
const departmentIds = z.array(id).min(1, 'chooseDepartments').max(200);

export const requestOpinionsSchema = z.object({
  roundId: id,
  departmentIds,
  assumptionIds: z.array(id).min(1, 'chooseAssumptions').max(500),
  deadline,
  remindDaysBefore: z.coerce.number('remindDays').int('remindDays').min(0, 'remindDays').max(30, 'remindDays'),
});

export const askAgainSchema = z.object({ assumptionId: id, departmentIds, deadline });
