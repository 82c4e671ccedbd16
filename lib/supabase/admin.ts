import 'server-only';
import type { SupabaseClient } from '@supabase/supabase-js';
import { serverEnv } from '@/lib/env';
import { createSupabaseClient } from './create';

/**
 * The secret key gives the service role, which bypasses row-level security. Only for work no user
 * does: dispatching the outbox, next-auth's adapter. Never for a request on a user's behalf.
 */
export function createServiceClient(): SupabaseClient {
  const { SUPABASE_URL, SUPABASE_SECRET_KEY } = serverEnv();
  return createSupabaseClient(SUPABASE_URL, SUPABASE_SECRET_KEY);
}
