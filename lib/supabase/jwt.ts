import { SignJWT } from 'jose';
import type { AppRole } from '@/lib/auth/roles';

/** The PostgREST role a token switches to. */
export type ApiRole = 'anon' | 'authenticated' | 'service_role';

/** Who a user token speaks for: the claims the database helpers in `app.*` read. */
export interface TokenUser {
  id: string;
  role: AppRole;
  departmentId: string | null;
}

/** Signs an HS256 token that PostgREST (and hosted Supabase) verifies with the project's JWT secret. */
export function signApiToken(
  claims: Record<string, unknown> & { role: ApiRole },
  secret: string,
  ttlSeconds: number,
  issuedAt = Math.floor(Date.now() / 1000),
): Promise<string> {
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}

/** A short-lived token for one user: `sub`, role `authenticated`, the app role and department. */
export function signUserToken(user: TokenUser, secret: string, ttlSeconds: number): Promise<string> {
  return signApiToken(
    {
      sub: user.id,
      role: 'authenticated',
      aud: 'authenticated',
      app_role: user.role,
      department_id: user.departmentId,
    },
    secret,
    ttlSeconds,
  );
}
