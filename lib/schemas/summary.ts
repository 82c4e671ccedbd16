import { z } from 'zod';
import { SUMMARY_SECTIONS } from '@/lib/summary/types';
import { id, requiredText } from './fields';

/** The longest text a section of the summary may have (the whole draft stays well within the database's limit). */
export const SECTION_TEXT_MAX = 20_000;

/** Which section of which round's draft, and the draft's version the form was based on. */
const draftSection = {
  roundId: id,
  expectedVersion: z.coerce.number().int().min(0),
  section: z.enum(SUMMARY_SECTIONS),
};

/** The coordinator's text of a section, in place of the generated one. */
export const summarySectionSchema = z.object({ ...draftSection, text: z.string().trim().min(1, 'required').max(SECTION_TEXT_MAX, 'summaryTooLong') });

/** Back to the generated text of a section: its edit removed. */
export const summaryRestoreSchema = z.object(draftSection);

/** Minutes of a held meeting that will not be approved, and why (the summary states it). */
export const minutesWaiverSchema = z.object({ meetingId: id, reason: requiredText(1000) });

/** The waiver withdrawn: the minutes are expected again. */
export const withdrawWaiverSchema = z.object({ meetingId: id });

export type SummarySectionInput = z.output<typeof summarySectionSchema>;
export type SummaryRestoreInput = z.output<typeof summaryRestoreSchema>;
