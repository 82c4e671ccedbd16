import 'server-only';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { demoSignInSchema } from '@/lib/schemas/auth';
import { activeProfile } from './active-profile';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoLoginEnabled } from './demo';
import { authAdapter, magicLinkProvider } from './magic-link';

/** The "check your e-mail" page: the one answer to every request for a sign-in link. */
export const CHECK_EMAIL_PAGE = '/signin/check-email';

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
    session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
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
