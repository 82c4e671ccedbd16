'use server';

import { randomBytes } from 'node:crypto';
import { headers } from 'next/headers';
import { clientAddress } from '@/lib/auth/client-address';
import { keyedHash } from '@/lib/auth/keyed-hash';
import { BackendUnavailable, DataError } from '@/lib/db/errors';
import { confirmMeetingSignup, requestMeetingSignup, type SignupConfirmation } from '@/lib/db/signups';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';
import { confirmSignupSchema, meetingSignupSchema } from '@/lib/schemas/signups';
import { createServiceClient } from '@/lib/supabase/admin';
import { acceptingForms } from './form-input';
import { invalidInput, type ActionResult } from './result';

/** Where the confirmation link leads: a page that confirms only when its button is pressed. */
const confirmUrl = (token: string) => {
  const url = new URL('/zapisy/potwierdz', serverEnv().APP_URL);
  url.searchParams.set('token', token);
  return url.toString();
};

/**
 * An NGO's sign-up for an open meeting, with no account: the only public action that writes.
 * Its guard is the database's throttle (per address and per client, counted by keyed hashes,
 * never the address or the IP themselves), the schema's bounds and the honeypot: a robot that
 * fills the hidden field is told "sent" and nothing is written. The answer says no more about an
 * address than that it is already confirmed for this meeting.
 */
export const requestMeetingSignupAction = acceptingForms(meetingSignupSchema, async (input): Promise<ActionResult<'sent' | 'already_confirmed'>> => {
  const parsed = meetingSignupSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const { website, meetingId, organisation, personName, email, accessibilityNeeds } = parsed.data;
  if (website !== '') return { ok: true, data: 'sent' };

  const client = clientAddress((await headers()).get('x-forwarded-for'), serverEnv().TRUSTED_PROXY_HOPS);
  const token = randomBytes(32).toString('base64url');
  try {
    const answer = await requestMeetingSignup(createServiceClient(), {
      meetingId,
      organisation,
      personName,
      email,
      accessibilityNeeds,
      token,
      confirmUrl: confirmUrl(token),
      addressHash: keyedHash('signup', 'address', email),
      clientHash: keyedHash('signup', 'client', client),
    });
    if (answer === 'throttled') return { ok: false, formError: 'Signups.errors.throttled' };
    if (answer === 'sent') dispatchAfterResponse();
    return { ok: true, data: answer };
  } catch (error) {
    if (error instanceof DataError && error.hint === 'signups.closed') return { ok: false, formError: 'Signups.errors.closed' };
    if (error instanceof BackendUnavailable) throw error; // answered in words by acceptingForms
    console.error('Unexpected error in a sign-up:', error);
    return { ok: false, formError: 'unexpected' };
  }
});

/** Confirms a sign-up from its link's page: a POST, so that mail scanners fetching the link confirm nothing. */
export const confirmMeetingSignupAction = acceptingForms(confirmSignupSchema, async (input): Promise<ActionResult<SignupConfirmation>> => {
  const parsed = confirmSignupSchema.safeParse(input);
  if (!parsed.success) return { ok: true, data: { status: 'unknown' } };
  return { ok: true, data: await confirmMeetingSignup(createServiceClient(), parsed.data.token) };
});
