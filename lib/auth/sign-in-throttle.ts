import 'server-only';
import { createHmac } from 'node:crypto';
import { rowsOf } from '@/lib/db/errors';
import { serverEnv } from '@/lib/env';
import { createServiceClient } from '@/lib/supabase/admin';

/**
 * Keyed with the server's secret, so that the throttle's rows name no address or IP, and cannot be
 * matched to one by hashing guesses (every IPv4 address is a small enough guess).
 */
const keyedHash = (kind: 'address' | 'client', value: string) =>
  createHmac('sha256', serverEnv().AUTH_SECRET).update(`sign-in ${kind}:${value}`).digest('hex');

/**
 * Records a request for a sign-in link and says whether it may have one. The limits (3 links per
 * address, 20 requests per client, in 10 minutes) live in the database function, which counts and
 * records in one step for every instance of the app.
 */
export async function mayHaveSignInLink(email: string, client: string): Promise<boolean> {
  const allowed = rowsOf(
    await createServiceClient().rpc('request_sign_in_link', { address_hash: keyedHash('address', email), client_hash: keyedHash('client', client) }),
  );
  return allowed === true;
}
