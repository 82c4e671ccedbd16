import 'server-only';
import { SupabaseAdapter } from '@auth/supabase-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import type { EmailConfig } from 'next-auth/providers/email';
import { findProfile } from '@/lib/db/profiles';
import { queueMagicLink } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';
import { demoSignInSchema } from '@/lib/schemas/auth';
import { createServiceClient } from '@/lib/supabase/admin';
import '@/lib/supabase/websocket';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoLoginEnabled } from './demo';

/** Magic links live ten minutes; next-auth makes each single use. */
const MAGIC_LINK_MAX_AGE = 10 * 60;

const activeProfile = async (email: string | null | undefined) => {
  if (!email) return null;
  const profile = await findProfile(createServiceClient(), { email });
  return profile?.active ? profile : null;
};

/** E-mail magic links, sent through our outbox (the built-in Resend provider ignores RESEND_BASE_URL). */
const magicLink: EmailConfig = {
  id: 'email',
  type: 'email',
  name: 'E-mail',
  maxAge: MAGIC_LINK_MAX_AGE,
  sendVerificationRequest: ({ identifier, url }) => queueMagicLink(identifier, url),
};

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
  const env = serverEnv();
  return {
    adapter: SupabaseAdapter({ url: env.SUPABASE_URL, secret: env.SUPABASE_SERVICE_ROLE_KEY }),
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
    providers: demoLoginEnabled() ? [magicLink, demoAccounts] : [magicLink],
    pages: { signIn: '/signin', verifyRequest: '/signin/check-email', error: '/signin/error' },
    callbacks: {
      /**
       * Only invited, active users sign in. An unknown address sees the same "check your e-mail"
       * page as a known one and gets no e-mail, so the form tells nobody who has an account.
       */
      async signIn({ user, account, email }) {
        if (account?.provider === 'demo') return true; // authorize() checked the profile
        if (await activeProfile(user.email)) return true;
        // The exact address next-auth sends a known user to, so that not even the URL differs.
        return email?.verificationRequest ? '/signin/check-email?provider=email&type=email' : '/signin/error?error=AccessDenied';
      },
      /** The session cookie holds the profile id only; role and department are read fresh per request. */
      async jwt({ token, user }) {
        if (user) token.profileId = (await activeProfile(user.email))?.id;
        return token;
      },
      /** What the browser may see: who is signed in. No database token, no role it could trust. */
      session({ session, token }) {
        return { ...session, user: { id: String(token.profileId ?? ''), name: session.user?.name ?? null, email: session.user?.email ?? '' } };
      },
    },
  } as NextAuthConfig;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => config());
