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

/** An e-mail that Resend kept refusing, as coordinators read it (never what it carries). */
export interface FailedEmail {
  id: string;
  to_address: string;
  template: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  last_attempt_at: string | null;
}

/** The failed e-mails, the latest failure first (RLS: coordinators only, sign-in links left out). */
export async function listFailedEmails(client: SupabaseClient): Promise<FailedEmail[]> {
  return rowsOf(
    await client
      .from('email_outbox')
      .select('id, to_address, template, attempts, last_error, created_at, last_attempt_at')
      .eq('status', 'failed')
      .order('last_attempt_at', { ascending: false, nullsFirst: false })
      .returns<FailedEmail[]>(),
  );
}

/** Sends a failed e-mail again with a new set of attempts (retry_email, audited). */
export async function retryEmail(client: SupabaseClient, id: string): Promise<void> {
  rowsOf(await client.rpc('retry_email', { message_id: id }));
}
