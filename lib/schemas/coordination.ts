import { z } from 'zod';
import { day, id, optionalId, requiredText } from './fields';

/** Decisions as the form takes them: one per paragraph, paragraphs separated by an empty line. */
export const decisionParagraphs = (text: string) =>
  text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);

export const coordinationMeetingSchema = z.object({
  /** Empty for a new meeting. */
  id: optionalId,
  roundId: id,
  expectedVersion: z.coerce.number().int().min(0),
  title: requiredText(300),
  heldOn: day,
  venueId: optionalId,
  participants: z.string().trim().max(2000, 'tooLong'),
  purpose: z.string().trim().max(2000, 'tooLong'),
  decisions: z
    .string()
    .max(200_000, 'tooLong')
    .refine((text) => decisionParagraphs(text).length <= 200, 'tooManyDecisions')
    .refine((text) => decisionParagraphs(text).every((paragraph) => paragraph.length <= 5000), 'tooLong'),
});

export type CoordinationMeetingInput = z.output<typeof coordinationMeetingSchema>;
