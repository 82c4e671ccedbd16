import { createClient, type SupabaseClient } from '@supabase/supabase-js';

/**
 * The one place supabase-js clients are made. Server-side only: no session is persisted.
 * With `accessToken`, every request carries that token instead of the API key's own.
 */
export function createSupabaseClient(url: string, apiKey: string, accessToken?: () => Promise<string>): SupabaseClient {
  return createClient(url, apiKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    ...(accessToken ? { accessToken } : {}),
  });
}
