/**
 * A production server signs session cookies with its own AUTH_SECRET or does not start: next-auth
 * would otherwise fail at the first sign-in, and a secret anyone knows lets anyone forge a session.
 */
export function assertSessionSecret(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production' || (env.AUTH_SECRET ?? '').length >= 32) return;
  throw new Error(
    'AUTH_SECRET is missing or shorter than 32 characters: a production server needs its own random secret to sign ' +
      'session cookies. Set it (`openssl rand -base64 33` makes one); `npm run start:local` makes and keeps one for you.',
  );
}
