import { z } from 'zod';
import { ASSUMPTION_KINDS } from '@/lib/workflow/opinions';
import { id, requiredText } from './fields';

const text = { title: requiredText(300), body: requiredText(20000) };

export const assumptionSchema = z.object({
  programmeId: id,
  teamId: id,
  kind: z.enum(ASSUMPTION_KINDS, 'required'),
  number: z.coerce.number('assumptionNumber').int('assumptionNumber').min(1, 'assumptionNumber').max(999, 'assumptionNumber'),
  ...text,
});

/** What the editor started from: the revision and when it was last saved. The database refuses the save if either changed since. */
export const assumptionEditSchema = z.object({ id, basedOn: z.coerce.number().int().min(1), basedOnSavedAt: z.iso.datetime({ offset: true }), ...text });

export const openAssumptionsSchema = z.object({ assumptionIds: z.array(id).min(1, 'chooseAssumptions').max(500) });
