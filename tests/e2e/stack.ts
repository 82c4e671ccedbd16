import type { SupabaseClient } from '@supabase/supabase-js';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { networkAddresses } from '@/lib/local-stack/hosts';
import { loadLocalSecrets } from '@/lib/local-stack/secrets';
import { createSupabaseClient } from '@/lib/supabase/create';
import type { RecordedEmail } from '../fixtures/resend-recorder';

/** Ports of the browser tests' own stack, beside a developer's `npm run dev`. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const E2E_PORTS = {
  api: E2E_PORT + 52221,
  database: E2E_PORT + 52222,
  postgrest: E2E_PORT + 52223,
  postgrestAdmin: E2E_PORT + 52224,
  resend: E2E_PORT + 52225,
};

export const RESEND_RECORDER_URL = `http://127.0.0.1:${E2E_PORTS.resend}`;

/**
 * Where the browser tests' stacks keep their keys (TURA_SECRETS_FILE): the server makes them on its
 * first start, as `npm run dev` does, and the tests read the secret key there.
 */
export const E2E_SECRETS_FILE = path.join(os.tmpdir(), `tura-e2e-${E2E_PORT}-secrets.json`);

/** The session secret of the browser tests' server, so that tests can forge session cookies as an attacker would try. */
export const E2E_AUTH_SECRET = 'e2e-session-secret-known-to-the-tests-only-0123456789';

/** A query straight to the browser tests' database as its owner, for what the API does not show or allow. */
export async function asOwner<Row>(text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${E2E_PORTS.database}/postgres` });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/**
 * How many writes the audit log holds, the outbox dispatcher's own bookkeeping aside: every write
 * to a domain table adds one, so an unchanged count proves that nothing was written.
 */
export async function auditedWrites(): Promise<number> {
  const [row] = await asOwner<{ n: number }>(
    "select count(*)::int as n from audit.record_version where action not in ('POST /rpc/claim_outbox', 'POST /rpc/settle_outbox', 'POST /rpc/release_outbox')",
  );
  return row!.n;
}

/** The database as the service role (the stack's secret key), to check what the browser cannot see (what was written, or not). */
export async function serviceDb(apiPort = E2E_PORTS.api): Promise<SupabaseClient> {
  return createSupabaseClient(`http://127.0.0.1:${apiPort}`, (await loadLocalSecrets(E2E_SECRETS_FILE)).SUPABASE_SECRET_KEY);
}

/** An address of this machine on its network, where nothing of the app may answer unless TURA_HOST says so. */
export const networkAddress: string | undefined = networkAddresses()[0];

/** The e-mails that reached the stand-in for Resend's API. */
export async function recordedEmails(): Promise<RecordedEmail[]> {
  return (await fetch(`${RESEND_RECORDER_URL}/recorded`)).json() as Promise<RecordedEmail[]>;
}

/** Waits for the e-mail to `to` whose subject matches: dispatch runs just after the response. */
export async function waitForEmail(to: string, subject: RegExp): Promise<RecordedEmail> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const found = (await recordedEmails()).find((email) => [email.to].flat().includes(to) && subject.test(email.subject));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`No e-mail to ${to} matching ${subject}`);
}

/** The first link in an e-mail's plain text that starts with `prefix`. */
export function linkIn(email: RecordedEmail, prefix: string): string {
  const link = email.text.match(/https?:\/\/\S+/g)?.find((url) => url.includes(prefix));
  if (!link) throw new Error(`No ${prefix} link in the e-mail "${email.subject}"`);
  return link;
}
