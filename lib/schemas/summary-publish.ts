import { z } from 'zod';
import { id } from './fields';

const publishFields = z.object({
  roundId: id,
  /** The draft's version the preview showed: the database refuses to publish if it changed since. */
  draftVersion: z.coerce.number().int().min(0),
  /** The fingerprint of the document the preview showed: the action refuses if the data changed since. */
  previewed: z.string().trim().min(1).max(100),
  changeNote: z.string().trim().max(2000, 'tooLong'),
});

/**
 * The first publication. The action validates with this one: whether a version exists is the
 * database's to say (publish_summary), and it refuses a correction without its note.
 */
export const publishSummarySchema = publishFields;
/** The form of a correction checks, before posting, what the database would refuse. */
export const correctSummarySchema = publishFields.refine((input) => input.changeNote !== '', { path: ['changeNote'], message: 'SummaryPublish.errors.changeNoteRequired' });
