import 'server-only';
import { findProfile } from '@/lib/db/profiles';
import { createServiceClient } from '@/lib/supabase/admin';

/** The profile behind an address, if it is an invited user who may sign in (not deactivated). */
export async function activeProfile(email: string | null | undefined) {
  if (!email) return null;
  const profile = await findProfile(createServiceClient(), email);
  return profile?.active ? profile : null;
}
