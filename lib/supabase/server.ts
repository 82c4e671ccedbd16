import 'server-only';
import type { SupabaseClient } from '@supabase/supabase-js';
import { serverEnv } from '@/lib/env';
import { createSupabaseClient } from './create';
import { signUserToken, type TokenUser } from './jwt';

/** User tokens live five minutes and are minted again when less than one remains. */
const TOKEN_TTL_SECONDS = 300;
const RENEW_BEFORE_MS = 60_000;
const tokens = new Map<string, { token: string; expiresAt: number }>();

/** The user's token, minted on the server and reused until near expiry. It never reaches the browser. */
export async function userToken(user: TokenUser): Promise<string> {
  const key = `${user.id}|${user.role}|${user.departmentId ?? ''}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - Date.now() > RENEW_BEFORE_MS) return cached.token;
  const token = await signUserToken(user, serverEnv().SUPABASE_JWT_SECRET, TOKEN_TTL_SECONDS);
  tokens.set(key, { token, expiresAt: Date.now() + TOKEN_TTL_SECONDS * 1000 });
  return token;
}

/** A client that acts as `user`: PostgREST verifies the token, and RLS decides what it may do. */
export function createUserClient(user: TokenUser): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_ANON_KEY } = serverEnv();
  return createSupabaseClient(SUPABASE_URL, SUPABASE_ANON_KEY, () => userToken(user));
}

/** A client for visitors who are not signed in: the `anon` role. */
export function createAnonClient(): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_ANON_KEY } = serverEnv();
  return createSupabaseClient(SUPABASE_URL, SUPABASE_ANON_KEY);
}
