import { importJWK, SignJWT, type JWTPayload } from 'jose';
import type { AppRole } from '@/lib/auth/roles';
import type { SigningKey } from './signing-key';

/** The PostgREST role a token switches to. */
export type ApiRole = 'anon' | 'authenticated' | 'service_role';

/** Who a user token speaks for: the claims the database helpers in `app.*` read. */
export interface TokenUser {
  id: string;
  role: AppRole;
  departmentId: string | null;
}

export interface TokenSigner {
  /** A token with `claims`, issued at `issuedAt` (now by default) and expiring `ttlSeconds` later. */
  sign(claims: JWTPayload & { role: ApiRole }, ttlSeconds: number, issuedAt?: number): Promise<string>;
}

/**
 * Signs tokens that PostgREST (and hosted Supabase) accepts: with the project's own asymmetric key,
 * naming it by `kid` in the header so that the verifier picks it from the project's key set, or,
 * for a project that has not rotated yet, with its legacy HS256 JWT secret (no `kid`).
 */
export function tokenSigner(key: SigningKey): TokenSigner {
  const header = 'jwk' in key ? { alg: key.jwk.alg, kid: key.jwk.kid, typ: 'JWT' } : { alg: 'HS256', typ: 'JWT' };
  let material: Promise<CryptoKey | Uint8Array> | undefined;
  const signingMaterial = () =>
    (material ??= 'jwk' in key ? (importJWK(key.jwk, key.jwk.alg) as Promise<CryptoKey>) : Promise.resolve(new TextEncoder().encode(key.legacySecret)));
  return {
    async sign(claims, ttlSeconds, issuedAt = Math.floor(Date.now() / 1000)) {
      return new SignJWT(claims)
        .setProtectedHeader(header)
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + ttlSeconds)
        .sign(await signingMaterial());
    },
  };
}

/** A short-lived token for one user: `sub`, role `authenticated`, the app role and department. */
export function signUserToken(user: TokenUser, signer: TokenSigner, ttlSeconds: number): Promise<string> {
  return signer.sign(
    {
      sub: user.id,
      role: 'authenticated',
      aud: 'authenticated',
      app_role: user.role,
      department_id: user.departmentId,
    },
    ttlSeconds,
  );
}
