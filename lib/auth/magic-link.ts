import 'server-only';
import { SupabaseAdapter } from '@auth/supabase-adapter';
import { createHash, randomBytes } from 'node:crypto';
import type { Adapter } from 'next-auth/adapters';
import type { EmailConfig } from 'next-auth/providers/email';
import { rowsOf } from '@/lib/db/errors';
import { queueMagicLink } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';
import { createServiceClient } from '@/lib/supabase/admin';
import { activeProfile } from './active-profile';
import { mayHaveSignInLink } from './sign-in-throttle';

/** Magic links live ten minutes; next-auth's callback makes each single use. */
const MAGIC_LINK_MAX_AGE = 10 * 60;

/** next-auth's adapter, except that signing in with one link revokes the address's other pending links. */
export function authAdapter(): Adapter {
  const env = serverEnv();
  // The adapter makes its own supabase-js client with this key alone: the API gateway turns a secret key into a service_role token.
  const adapter = SupabaseAdapter({ url: env.SUPABASE_URL, secret: env.SUPABASE_SECRET_KEY });
  return {
    ...adapter,
    async useVerificationToken(params) {
      const used = await adapter.useVerificationToken!(params);
      if (used) {
        rowsOf(await createServiceClient().schema('next_auth').from('verification_tokens').delete().eq('identifier', used.identifier));
      }
      return used;
    },
  };
}

/**
 * The e-mail provider whose callback (/api/auth/callback/email) checks and consumes the links that
 * sendSignInLink makes. next-auth's own way of making them (POST /api/auth/signin/email) is closed
 * by the signIn callback, so nothing here sends anything.
 */
export function magicLinkProvider(): EmailConfig {
  return {
    id: 'email',
    type: 'email',
    name: 'E-mail',
    maxAge: MAGIC_LINK_MAX_AGE,
    secret: serverEnv().AUTH_SECRET,
    sendVerificationRequest() {
      throw new Error('Sign-in links are made by sendSignInLink (throttled), never by next-auth\'s sign-in route.');
    },
  };
}

/** What a request for a link leaves to do after the response. */
export interface SignInLinkRequest {
  email: string;
  /** The client's address (clientAddress), for the per-client limit. */
  client: string;
  /** Where the link signs the user in to, e.g. /panel or /en/panel. */
  callbackPath: string;
}

/**
 * Makes and e-mails a link if the request is within the limits and the address is an active
 * user's; otherwise nothing. The token is made as next-auth's e-mail provider makes it (32 random
 * bytes, stored only as SHA-256 of the token and the provider's secret, ten minutes), so that its
 * callback accepts it once.
 */
export async function sendSignInLink({ email, client, callbackPath }: SignInLinkRequest): Promise<void> {
  if (!(await mayHaveSignInLink(email, client))) return;
  if (!(await activeProfile(email))) return;
  const token = randomBytes(32).toString('hex');
  await authAdapter().createVerificationToken!({
    identifier: email,
    token: createHash('sha256').update(`${token}${magicLinkProvider().secret}`).digest('hex'),
    expires: new Date(Date.now() + MAGIC_LINK_MAX_AGE * 1000),
  });
  const url = new URL('/api/auth/callback/email', serverEnv().APP_URL);
  url.search = new URLSearchParams({ callbackUrl: callbackPath, token, email }).toString();
  await queueMagicLink(email, url.toString());
}
