import 'server-only';
import type { SupabaseClient } from '@supabase/supabase-js';
import { serverEnv } from '@/lib/env';
import { createSupabaseClient } from './create';
import { signUserToken, tokenSigner, type TokenSigner, type TokenUser } from './jwt';

/** User tokens live five minutes and are minted again when less than one remains. */
const TOKEN_TTL_SECONDS = 300;
const RENEW_BEFORE_MS = 60_000;
const tokens = new Map<string, { token: string; expiresAt: number }>();
let signer: TokenSigner | undefined;

/** The project's own signing key when it has one, else its legacy JWT secret (the environment holds exactly one). */
function userTokenSigner(): TokenSigner {
  const { SUPABASE_JWT_SIGNING_KEY, SUPABASE_JWT_SECRET } = serverEnv();
  return (signer ??= tokenSigner(SUPABASE_JWT_SIGNING_KEY ? { jwk: SUPABASE_JWT_SIGNING_KEY } : { legacySecret: SUPABASE_JWT_SECRET! }));
}

/** The user's token, minted on the server and reused until near expiry. It never reaches the browser. */
export async function userToken(user: TokenUser): Promise<string> {
  const key = `${user.id}|${user.role}|${user.departmentId ?? ''}`;
  const cached = tokens.get(key);
  if (cached && cached.expiresAt - Date.now() > RENEW_BEFORE_MS) return cached.token;
  const token = await signUserToken(user, userTokenSigner(), TOKEN_TTL_SECONDS);
  tokens.set(key, { token, expiresAt: Date.now() + TOKEN_TTL_SECONDS * 1000 });
  return token;
}

/**
 * A client that acts as `user`: it sends the project's publishable key as `apikey` and the user's
 * token through supabase-js's `accessToken` option; PostgREST verifies the token, and RLS decides.
 */
export function createUserClient(user: TokenUser): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY } = serverEnv();
  return createSupabaseClient(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY, () => userToken(user));
}

/** A client for visitors who are not signed in: the publishable key alone, which gives the `anon` role. */
export function createAnonClient(): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY } = serverEnv();
  return createSupabaseClient(SUPABASE_URL, SUPABASE_PUBLISHABLE_KEY);
}
