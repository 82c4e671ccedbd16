import 'server-only';
import { getLocale } from 'next-intl/server';
import { cookies, headers } from 'next/headers';
import { forbidden, notFound } from 'next/navigation';
import { cache } from 'react';
import { getRound } from '@/lib/db/rounds';
import { redirect } from '@/lib/i18n/navigation';
import { isUuid } from '@/lib/schemas/fields';
import type { TokenUser } from '@/lib/supabase/jwt';
import { createUserClient } from '@/lib/supabase/server';
import { REQUEST_PATH_HEADER, safeCallbackPath } from './callback-path';
import { signedInProfile } from './config';
import { can, type Permission } from './permissions';

export interface CurrentUser extends TokenUser {
  email: string;
  fullName: string;
}

/**
 * The signed-in user as the database knows them now, once per request. A session that was revoked
 * (signed out, user deactivated), outlived its 12 hours or stayed idle 30 minutes, or whose profile
 * was deactivated (or removed), counts as no session: access ends at the next request, not at the
 * next login. The role and department come from the profile, never from the session cookie.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const profile = await signedInProfile();
  if (!profile) return null;
  return { id: profile.id, email: profile.email, fullName: profile.full_name, role: profile.role, departmentId: profile.department_id };
});

/** next-auth's session cookie (`__Secure-` over https, split into `.0`, `.1`… when long). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * For pages: the user, or a redirect to sign-in that brings them back to this page afterwards.
 * A browser that still holds a session cookie but no session (it expired, or ended elsewhere) is
 * told so on the sign-in page.
 */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user) return user;
  const asked = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  const ended = (await cookies()).getAll().some((cookie) => SESSION_COOKIE.test(cookie.name));
  const query = { ...(asked ? { callbackUrl: asked } : {}), ...(ended ? { session: 'ended' } : {}) };
  return redirect({ href: { pathname: '/signin', query }, locale: await getLocale() });
}

/** For pages: the user if their role has `permission`, else the 403 page. */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user.role, permission)) forbidden();
  return user;
}

/**
 * For a round's pages: the user if their role has `permission`, their client, and the round, or
 * the 404 page when there is no such round or RLS does not let them read it.
 */
export async function requireRound(permission: Permission, id: string) {
  const user = await requirePermission(permission);
  const client = createUserClient(user);
  const round = isUuid(id) ? await getRound(client, id) : null;
  if (!round) notFound();
  return { user, client, round };
}
