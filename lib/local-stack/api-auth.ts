import { errors, importJWK, jwtVerify, type JWTHeaderParameters } from 'jose';
import type { IncomingHttpHeaders } from 'node:http';
import { apiKeyRole } from '@/lib/supabase/api-keys';
import { tokenSigner, type ApiRole } from '@/lib/supabase/jwt';
import { publicJwk } from '@/lib/supabase/signing-key';
import type { ProjectKeys } from './project-keys';

const API_ROLES: readonly ApiRole[] = ['anon', 'authenticated', 'service_role'];
/** Supabase's gateway mints a temporary, short-lived token for a request made with an API key alone: a minute outlasts any request. */
const MINTED_TOKEN_TTL_SECONDS = 60;

export type ApiVerdict = { token: string } | { refused: { message: string; hint?: string } };

const refused = (message: string, hint?: string): ApiVerdict => ({ refused: hint ? { message, hint } : { message } });

/** A token that names no key of the project. */
class UnknownKeyError extends Error {}

/** Why a token is refused, as PostgREST words it where it has words for it. */
function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'JWT expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') return 'JWT has no exp claim';
  if (error instanceof UnknownKeyError) return error.message;
  return 'JWT invalid';
}

/**
 * What Supabase's API gateway checks before a request reaches PostgREST, for the project `keys`:
 *
 * - `apikey` holds one of the project's API keys: the publishable or the secret key, or a legacy
 *   `anon` or `service_role` key (while the project still has them);
 * - without a user's token (no Authorization header, or the API key itself as bearer, as supabase-js
 *   sends it), the request gets the key's role: a legacy key is itself a token, and for the new
 *   keys the gateway mints a short-lived one, signed with the project's key;
 * - a user's token must be signed by a key of the project (the current key, named by its `kid`, or
 *   the legacy secret, without one), expire, and be for one of the API roles; a publishable key never
 *   carries a service_role token.
 *
 * PostgREST checks signatures and expiry itself, but it would take any role a signed token names
 * (`postgres` too), a token without `exp`, and one whose `kid` names no key.
 */
export async function apiAuthorizer(keys: ProjectKeys): Promise<(headers: IncomingHttpHeaders) => Promise<ApiVerdict>> {
  const legacyApiKeys = [keys.legacyAnonKey, keys.legacyServiceRoleKey];
  const apiKeys = [keys.publishableKey, keys.secretKey, ...legacyApiKeys];
  const signer = tokenSigner({ jwk: keys.signingKey });
  const publicKey = await importJWK(publicJwk(keys.signingKey), keys.signingKey.alg);
  const legacySecret = new TextEncoder().encode(keys.legacyJwtSecret);

  async function verificationKey({ alg, kid }: JWTHeaderParameters) {
    if (alg === 'HS256' && kid === undefined) return legacySecret;
    if (kid === undefined) throw new UnknownKeyError('JWT has no kid');
    if (kid !== keys.signingKey.kid || alg !== keys.signingKey.alg) throw new UnknownKeyError('JWT kid names no key of this project');
    return publicKey;
  }

  return async (headers) => {
    const apiKey = headers.apikey;
    if (typeof apiKey !== 'string' || apiKey === '') return refused('No API key found in request', 'No `apikey` request header was found.');
    if (!apiKeys.includes(apiKey)) return refused('Invalid API key', 'Double check your Supabase publishable or secret API key.');
    const keyRole = apiKeyRole(apiKey)!;

    const authorization = headers.authorization;
    const bearer = authorization === undefined ? apiKey : /^Bearer (\S+)$/i.exec(authorization)?.[1];
    if (!bearer) return refused('JWT invalid');
    if (bearer === apiKey) {
      return { token: legacyApiKeys.includes(apiKey) ? apiKey : await signer.sign({ role: keyRole }, MINTED_TOKEN_TTL_SECONDS) };
    }

    let role: unknown;
    try {
      ({ role } = (await jwtVerify(bearer, verificationKey, { algorithms: [keys.signingKey.alg, 'HS256'], requiredClaims: ['exp'] })).payload);
    } catch (error) {
      return refused(tokenProblem(error));
    }
    if (!API_ROLES.includes(role as ApiRole)) return refused(`JWT role must be one of ${API_ROLES.join(', ')}`);
    if (role === 'service_role' && keyRole === 'anon') return refused('A service_role token needs the secret key', 'The publishable key gives anon and signed-in users only.');
    return { token: bearer };
  };
}
