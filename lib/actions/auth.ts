'use server';

import { AuthError } from 'next-auth';
import { getLocale } from 'next-intl/server';
import { signIn, signOut } from '@/lib/auth/config';
import { getPathname } from '@/lib/i18n/navigation';
import { demoSignInSchema, emailSignInSchema } from '@/lib/schemas/auth';
import { acceptingForms } from './form-input';
import { invalidInput, type ActionResult } from './result';

const homePath = async () => getPathname({ href: '/panel', locale: await getLocale() });

/** Sends a magic link to an invited user. Everyone sees the same "check your e-mail" page after it. */
export const requestMagicLinkAction = acceptingForms(emailSignInSchema, async (input): Promise<ActionResult> => {
  const parsed = emailSignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  await signIn('email', { email: parsed.data.email, redirectTo: await homePath() });
  return { ok: true, data: null };
});

/** Demo accounts (AUTH_DEMO_LOGIN=1 only: without it the provider does not exist and this fails). */
export const demoSignInAction = acceptingForms(demoSignInSchema, async (input): Promise<ActionResult> => {
  const parsed = demoSignInSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    await signIn('demo', { ...parsed.data, redirectTo: await homePath() });
  } catch (error) {
    if (error instanceof AuthError) return { ok: false, formError: 'invalidCredentials' };
    throw error; // the redirect after a successful sign-in
  }
  return { ok: true, data: null };
});

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: getPathname({ href: '/', locale: await getLocale() }) });
}
