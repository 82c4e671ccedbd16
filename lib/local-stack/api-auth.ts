import { errors, jwtVerify } from 'jose';
import type { IncomingHttpHeaders } from 'node:http';
import type { ApiRole } from '@/lib/supabase/jwt';

const API_ROLES: readonly ApiRole[] = ['anon', 'authenticated', 'service_role'];

export type ApiVerdict = { token: string } | { refused: { message: string; hint?: string } };

const refused = (message: string, hint?: string): ApiVerdict => ({ refused: hint ? { message, hint } : { message } });

/** Why a token is refused, as PostgREST words it where it has words for it. */
function tokenProblem(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'JWT expired';
  if (error instanceof errors.JWTClaimValidationFailed && error.claim === 'exp') return 'JWT has no exp claim';
  return 'JWT invalid';
}

/**
 * What Supabase's API gateway checks before a request reaches PostgREST: an `apikey` header holding
 * one of the project's API keys, and a bearer token (the API key itself when there is no
 * Authorization header) signed with the project's JWT secret, with an expiry, for one of the API
 * roles. Without this, PostgREST would switch to any role a signed token names, `postgres` too.
 */
export async function authorizeApiRequest(
  headers: IncomingHttpHeaders,
  project: { apiKeys: readonly string[]; jwtSecret: string },
): Promise<ApiVerdict> {
  const apiKey = headers.apikey;
  if (typeof apiKey !== 'string' || apiKey === '') return refused('No API key found in request', 'No `apikey` request header was found.');
  if (!project.apiKeys.includes(apiKey)) return refused('Invalid API key', 'Double check your Supabase `anon` or `service_role` API key.');

  const authorization = headers.authorization;
  const token = authorization === undefined ? apiKey : /^Bearer (\S+)$/i.exec(authorization)?.[1];
  if (!token) return refused('JWT invalid');
  try {
    const { payload } = await jwtVerify(token, new TextEncoder().encode(project.jwtSecret), { algorithms: ['HS256'], requiredClaims: ['exp'] });
    if (!API_ROLES.includes(payload.role as ApiRole)) return refused(`JWT role must be one of ${API_ROLES.join(', ')}`);
  } catch (error) {
    return refused(tokenProblem(error));
  }
  return { token };
}
