import { createClient, type SupabaseClient } from '@supabase/supabase-js';

/**
 * How long a request to the API may go unanswered. A PostgREST that accepts connections but hangs
 * would otherwise hold the page, and the person, for as long as the browser waits; past this the
 * request fails as the backend being away does (BackendUnavailable, lib/db/errors.ts). It is just
 * over the database's own limit on an API statement (8 s for `authenticated`, as on a hosted
 * project; lib/local-stack/roles.sql), which cancels a statement that long, uncommitted: a write
 * that timed out here was not saved. supabase-js retries a read that failed up to three times.
 */
const API_TIMEOUT_MS = 10_000;

/**
 * The one place supabase-js clients are made. Server-side only: no session is persisted.
 * With `accessToken`, every request carries that token instead of the API key's own.
 */
export function createSupabaseClient(url: string, apiKey: string, accessToken?: () => Promise<string>, { timeoutMs = API_TIMEOUT_MS } = {}): SupabaseClient {
  return createClient(url, apiKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    global: {
      fetch: (input, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        return fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
      },
    },
    ...(accessToken ? { accessToken } : {}),
  });
}
