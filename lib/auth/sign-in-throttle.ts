import 'server-only';
import { rowsOf } from '@/lib/db/errors';
import { createServiceClient } from '@/lib/supabase/admin';
import { keyedHash } from './keyed-hash';

/**
 * Records a request for a sign-in link and says whether it may have one. The limits (3 links per
 * address, 20 requests per client, in 10 minutes) live in the database function, which counts and
 * records in one step for every instance of the app.
 */
export async function mayHaveSignInLink(email: string, client: string): Promise<boolean> {
  const allowed = rowsOf(
    await createServiceClient().rpc('request_sign_in_link', { address_hash: keyedHash('sign-in', 'address', email), client_hash: keyedHash('sign-in', 'client', client) }),
  );
  return allowed === true;
}
