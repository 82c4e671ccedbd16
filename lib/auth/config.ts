import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { BackendUnavailable } from '@/lib/db/errors';
import type { Profile } from '@/lib/db/profiles';
import { endSession, sessionProfile, startSession } from '@/lib/db/sessions';
import { demoSignInSchema } from '@/lib/schemas/auth';
import { createServiceClient } from '@/lib/supabase/admin';
import { activeProfile } from './active-profile';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoLoginEnabled } from './demo';
import { authAdapter, magicLinkProvider } from './magic-link';

/** The "check your e-mail" page: the one answer to every request for a sign-in link. */
export const CHECK_EMAIL_PAGE = '/signin/check-email';

/** A session's absolute lifetime, as public.session_profile enforces it: the cookie lasts no longer. */
const SESSION_LIFETIME = 12 * 60 * 60;

/**
 * Where the jwt callback leaves the profile it found behind the session cookie, or the database
 * being out of reach, for signedInProfile, which calls auth() inside it.
 */
const checkedSession = new AsyncLocalStorage<{ profile?: Profile; unavailable?: BackendUnavailable }>();

const demoAccounts = Credentials({
  id: 'demo',
  name: 'Demo',
  credentials: { email: {}, password: {} },
  async authorize(credentials) {
    const parsed = demoSignInSchema.safeParse(credentials);
    if (!parsed.success || parsed.data.password !== DEMO_PASSWORD) return null;
    if (!DEMO_ACCOUNTS.some((account) => account.email === parsed.data.email)) return null;
    const profile = await activeProfile(parsed.data.email);
    return profile ? { id: profile.id, email: profile.email, name: profile.full_name } : null;
  },
});

function config(): NextAuthConfig {
  return {
    adapter: authAdapter(),
    session: { strategy: 'jwt', maxAge: SESSION_LIFETIME },
    providers: demoLoginEnabled() ? [magicLinkProvider(), demoAccounts] : [magicLinkProvider()],
    pages: { signIn: '/signin', verifyRequest: CHECK_EMAIL_PAGE, error: '/signin/error' },
    callbacks: {
      /** Only invited, active users sign in, with a demo account or a magic link. */
      async signIn({ user, account, email }) {
        if (account?.provider === 'demo') return true; // authorize() checked the profile
        // next-auth's own route for requesting a link (POST /api/auth/signin/email) would make one
        // unthrottled, before answering, and answer differently per address: it makes none and says
        // what the form says. Links come from requestMagicLinkAction only.
        if (email?.verificationRequest) return CHECK_EMAIL_PAGE;
        return (await activeProfile(user.email)) ? true : '/signin/error?error=AccessDenied';
      },
      /**
       * The session cookie holds the profile's id and its session's id only. At sign-in the session
       * starts (public.user_sessions); on every request after, one database call checks that it
       * stands (not revoked, not too old, not idle, its user active) and reads the profile, whose
       * role and department apply at once. A cookie whose session ended is no session at all.
       */
      async jwt({ token, user }) {
        if (user) {
          const profile = await activeProfile(user.email);
          return profile ? { ...token, profileId: profile.id, sessionId: await startSession(createServiceClient(), profile.id) } : null;
        }
        const check = checkedSession.getStore();
        const profile =
          typeof token.sessionId === 'string'
            ? await sessionProfile(createServiceClient(), token.sessionId).catch((error: unknown) => {
                if (check && error instanceof BackendUnavailable) check.unavailable = error;
                throw error;
              })
            : null;
        if (!profile) return null;
        if (check) check.profile = profile;
        return token;
      },
      /** What the browser may see: who is signed in. No database token, no role it could trust. */
      session({ session, token }) {
        return { ...session, user: { id: String(token.profileId ?? ''), name: session.user?.name ?? null, email: session.user?.email ?? '' } };
      },
    },
    events: {
      /** Signing out revokes the session, so that its cookie, replayed, is refused. */
      async signOut(message) {
        const sessionId = 'token' in message ? message.token?.sessionId : undefined;
        if (typeof sessionId === 'string') await endSession(createServiceClient(), sessionId);
      },
    },
  } as NextAuthConfig;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());

/** The profile behind the request's session cookie if its session stands (one database call), else null. */
export async function signedInProfile(): Promise<Profile | null> {
  const check: { profile?: Profile; unavailable?: BackendUnavailable } = {};
  const session = await checkedSession.run(check, () => auth());
  // next-auth reads any failure of the check as no session: a database out of reach is not a signed-out user.
  if (check.unavailable) throw check.unavailable;
  return session ? (check.profile ?? null) : null;
}
