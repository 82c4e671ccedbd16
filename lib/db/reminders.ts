import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';

/**
 * Queues the reminders that are due: once per request, `remind_days_before` days before its
 * deadline, to departments that have not answered. Service role only. Returns how many
 * departments were reminded.
 */
export async function sendOpinionReminders(client: SupabaseClient): Promise<number> {
  return rowsOf(await client.rpc('send_opinion_reminders')) as number;
}
