import 'server-only';
import { getLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { forbidden, notFound } from 'next/navigation';
import { cache } from 'react';
import { findProfile } from '@/lib/db/profiles';
import { getRound } from '@/lib/db/rounds';
import { redirect } from '@/lib/i18n/navigation';
import { isUuid } from '@/lib/schemas/fields';
import { createServiceClient } from '@/lib/supabase/admin';
import type { TokenUser } from '@/lib/supabase/jwt';
import { createUserClient } from '@/lib/supabase/server';
import { REQUEST_PATH_HEADER, safeCallbackPath } from './callback-path';
import { auth } from './config';
import { can, type Permission } from './permissions';

export interface CurrentUser extends TokenUser {
  email: string;
  fullName: string;
}

/**
 * The signed-in user as the database knows them now, once per request. A session whose profile
 * was deactivated (or removed) counts as no session: access ends at the next request, not at the
 * next login. The role and department come from the profile, never from the session cookie.
 */
export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const profile = await findProfile(createServiceClient(), { id });
  if (!profile?.active) return null;
  return { id: profile.id, email: profile.email, fullName: profile.full_name, role: profile.role, departmentId: profile.department_id };
});

/** For pages: the user, or a redirect to sign-in that brings them back to this page afterwards. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await currentUser();
  if (user) return user;
  const asked = safeCallbackPath((await headers()).get(REQUEST_PATH_HEADER));
  return redirect({ href: asked ? { pathname: '/signin', query: { callbackUrl: asked } } : '/signin', locale: await getLocale() });
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
