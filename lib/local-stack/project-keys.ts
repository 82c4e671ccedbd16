import type { JSONWebKeySet } from 'jose';
import { tokenSigner } from '@/lib/supabase/jwt';
import { publicJwk, signingJwkSchema, type SigningJwk } from '@/lib/supabase/signing-key';
import type { LocalSecrets } from './secrets';

/** The secrets a Supabase project has, as the local stack keeps them (lib/local-stack/secrets.ts). */
export type ProjectSecrets = Pick<LocalSecrets, 'SUPABASE_JWT_SIGNING_KEY' | 'SUPABASE_JWT_SECRET' | 'SUPABASE_PUBLISHABLE_KEY' | 'SUPABASE_SECRET_KEY'>;

/** The keys of the local project: those of a Supabase project that rotated to its own signing key and still accepts the legacy ones. */
export interface ProjectKeys {
  /** The current signing key (private JWK): user tokens, and the tokens the gateway mints for the API keys. */
  signingKey: SigningJwk;
  legacyJwtSecret: string;
  publishableKey: string;
  secretKey: string;
  /** The legacy API keys: JWTs for `anon` and `service_role` signed with the legacy secret. */
  legacyAnonKey: string;
  legacyServiceRoleKey: string;
}

/** Like the Supabase CLI's, the legacy API keys follow from the JWT secret alone: issued on a fixed day, valid ten years. */
const LEGACY_KEYS_ISSUED_AT = Date.UTC(2025, 0, 1) / 1000;
const LEGACY_KEY_TTL_SECONDS = 10 * 365 * 24 * 3600;

export async function projectKeys(secrets: ProjectSecrets): Promise<ProjectKeys> {
  const legacy = tokenSigner({ legacySecret: secrets.SUPABASE_JWT_SECRET });
  return {
    // Checked as the app checks it: a damaged secrets file stops the start with the reason.
    signingKey: signingJwkSchema.parse(secrets.SUPABASE_JWT_SIGNING_KEY),
    legacyJwtSecret: secrets.SUPABASE_JWT_SECRET,
    publishableKey: secrets.SUPABASE_PUBLISHABLE_KEY,
    secretKey: secrets.SUPABASE_SECRET_KEY,
    legacyAnonKey: await legacy.sign({ role: 'anon' }, LEGACY_KEY_TTL_SECONDS, LEGACY_KEYS_ISSUED_AT),
    legacyServiceRoleKey: await legacy.sign({ role: 'service_role' }, LEGACY_KEY_TTL_SECONDS, LEGACY_KEYS_ISSUED_AT),
  };
}

/**
 * The keys PostgREST verifies tokens with (its PGRST_JWT_SECRET may be a JWK set): the current
 * key's public half, with its kid, and the legacy secret as an `oct` key.
 */
export function verificationKeySet(keys: ProjectKeys): JSONWebKeySet {
  return {
    keys: [publicJwk(keys.signingKey), { kty: 'oct', k: Buffer.from(keys.legacyJwtSecret).toString('base64url'), alg: 'HS256' }],
  };
}
