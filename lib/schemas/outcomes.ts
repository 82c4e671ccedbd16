import { z } from 'zod';
import { FOLLOW_UP_STATUSES, followUpNeedsDate, NOT_HELD_REASONS } from '@/lib/meetings/outcomes';
import { id, optionalDate, requiredText } from './fields';

/** The organisations present, typed one per line: trimmed, blank lines and repeats dropped. */
export const organisationLines = (text: string) => [...new Set(text.split(/\r?\n/).map((line) => line.trim()).filter(Boolean))];

/** Messages are keys of `Validation`; the limits are the database's. */
export const outcomeSchema = z
  .object({
    meetingId: id,
    // The outcome's version the form showed: 0 before the first record.
    expectedVersion: z.coerce.number().int().min(0),
    // A radio group posts nothing until one is chosen.
    held: z.enum(['held', 'not_held'], 'outcomeHeldRequired'),
    organisations: z
      .string()
      .max(100_000, 'tooLong')
      .default('')
      .transform(organisationLines)
      .refine((names) => names.every((name) => name.length <= 300), 'organisationTooLong')
      .refine((names) => names.length <= 300, 'tooManyOrganisations'),
    // Empty: as many as listed.
    organisationCount: z.preprocess(
      (value) => (value === '' || value === null ? undefined : value),
      z.coerce.number('organisationCount').int('organisationCount').min(0, 'organisationCount').max(10_000, 'organisationCount').optional(),
    ),
    departmentIds: z.array(id).max(200).default([]),
    notHeldReason: z.union([z.enum(NOT_HELD_REASONS), z.literal('')]).default(''),
    note: z.string().trim().max(2000, 'tooLong').default(''),
  })
  .superRefine((outcome, context) => {
    if (outcome.held === 'held') {
      if (outcome.organisationCount !== undefined && outcome.organisationCount < outcome.organisations.length) {
        context.addIssue({ code: 'custom', path: ['organisationCount'], message: 'organisationCountTooLow' });
      }
      return;
    }
    if (!outcome.notHeldReason) context.addIssue({ code: 'custom', path: ['notHeldReason'], message: 'notHeldReasonRequired' });
    else if (outcome.notHeldReason === 'other' && !outcome.note) context.addIssue({ code: 'custom', path: ['note'], message: 'notHeldNoteRequired' });
  });

export type OutcomeInput = z.output<typeof outcomeSchema>;

export const followUpSchema = z.object({
  meetingId: id,
  departmentId: z.uuid('followUpDepartmentRequired'),
  organisation: requiredText(300),
  subject: requiredText(2000),
});

export const followUpUpdateSchema = z
  .object({
    followUpId: id,
    status: z.enum(FOLLOW_UP_STATUSES, 'required'),
    talksOn: optionalDate,
    note: z.string().trim().max(2000, 'tooLong').default(''),
  })
  .superRefine((update, context) => {
    if (followUpNeedsDate(update.status) && !update.talksOn) context.addIssue({ code: 'custom', path: ['talksOn'], message: 'followUpDateRequired' });
  });
