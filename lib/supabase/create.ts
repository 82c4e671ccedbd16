import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';

/**
 * The one place supabase-js clients are made. Server-side only: no session is persisted, and
 * `ws` stands in for the WebSocket that Node 20 lacks (supabase-js refuses to start without one).
 * With `accessToken`, every request carries that token instead of the API key's own.
 */
export function createSupabaseClient(url: string, apiKey: string, accessToken?: () => Promise<string>): SupabaseClient {
  return createClient(url, apiKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: ws as unknown as typeof WebSocket },
    ...(accessToken ? { accessToken } : {}),
  });
}
