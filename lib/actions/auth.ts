'use server';

import { AuthError } from 'next-auth';
import { getLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { after } from 'next/server';
import { safeCallbackPath } from '@/lib/auth/callback-path';
import { clientAddress } from '@/lib/auth/client-address';
import { CHECK_EMAIL_PAGE, signIn, signOut } from '@/lib/auth/config';
import { sendSignInLink } from '@/lib/auth/magic-link';
import { BackendUnavailable } from '@/lib/db/errors';
import { serverEnv } from '@/lib/env';
import { getPathname, redirect } from '@/lib/i18n/navigation';
import { demoSignInSchema, emailSignInSchema } from '@/lib/schemas/auth';
import { acceptingForms } from './form-input';
import { invalidInput, type ActionResult } from './result';

/** Where a sign-in leads: the page asked for when it is a path of this app, else the panel's home. */
const afterSignIn = async (callbackUrl: string | undefined) => safeCallbackPath(callbackUrl) ?? getPathname({ href: '/panel', locale: await getLocale() });

/**
 * Sends a magic link to an invited user. The answer is the same "check your e-mail" page for every
 * address, at once: the limits, the lookup, the token and the e-mail all run after the response,
 * so neither the answer nor its timing can tell who has an account or who was throttled.
 */
export const requestMagicLinkAction = acceptingForms(emailSignInSchema, async (input): Promise<ActionResult> => {
  const parsed = emailSignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const link = {
    email: parsed.data.email,
    client: clientAddress((await headers()).get('x-forwarded-for'), serverEnv().TRUSTED_PROXY_HOPS),
    callbackPath: await afterSignIn(parsed.data.callbackUrl),
  };
  after(() => sendSignInLink(link));
  return redirect({ href: CHECK_EMAIL_PAGE, locale: await getLocale() });
});

/** Demo accounts (AUTH_DEMO_LOGIN=1 only: without it the provider does not exist and this fails). */
export const demoSignInAction = acceptingForms(demoSignInSchema, async (input): Promise<ActionResult> => {
  const parsed = demoSignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const { callbackUrl, ...credentials } = parsed.data;
    await signIn('demo', { ...credentials, redirectTo: await afterSignIn(callbackUrl) });
  } catch (error) {
    if (error instanceof AuthError) {
      // next-auth wraps what authorize() threw: a database out of reach is not a wrong password.
      if (error.cause?.err instanceof BackendUnavailable) throw error.cause.err; // answered in words by acceptingForms
      return { ok: false, formError: 'invalidCredentials' };
    }
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: null };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: getPathname({ href: '/', locale: await getLocale() }) });
}
