import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';

export interface OutboxRow {
  id: string;
  to_address: string;
  template: string;
  payload: unknown;
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  created_at: string;
  sent_at: string | null;
  last_error: string | null;
}

/** The newest e-mails, for the local stack's outbox page (service role: no user reads the outbox). */
export async function listRecentEmails(client: SupabaseClient, limit = 50): Promise<OutboxRow[]> {
  return rowsOf(
    await client
      .from('email_outbox')
      .select('id, to_address, template, payload, status, attempts, created_at, sent_at, last_error')
      .order('created_at', { ascending: false })
      .limit(limit)
      .returns<OutboxRow[]>(),
  );
}
