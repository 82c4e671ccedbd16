import { z } from 'zod';
import { id } from './fields';

/**
 * A sign-up for an open meeting, bounded as the table's checks bound it. Messages are keys of the
 * `Validation` namespace, or of `Signups` when written in full.
 */
export const meetingSignupSchema = z.object({
  meetingId: id,
  organisation: z.string().trim().min(1, 'required').min(2, 'Signups.validation.tooShort').max(300, 'tooLong'),
  personName: z.string().trim().min(1, 'required').min(2, 'Signups.validation.tooShort').max(200, 'tooLong'),
  email: z.string().trim().toLowerCase().min(1, 'required').max(254, 'tooLong').pipe(z.email('email')),
  accessibilityNeeds: z.string().trim().max(1000, 'tooLong'),
  consent: z.boolean().refine((given) => given, 'Signups.validation.consent'),
  /** The honeypot: hidden from people and assistive technology, so only a robot fills it in. */
  website: z.string().max(2000),
});
export type MeetingSignupInput = z.input<typeof meetingSignupSchema>;

/** The link's token, posted back by the confirmation page's button. */
export const confirmSignupSchema = z.object({
  token: z.string().trim().min(20, 'Signups.validation.token').max(200, 'Signups.validation.token'),
});
