import { createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import { z } from 'zod';

const P256_BYTES = 32;

/**
 * A P-256 coordinate or private scalar, base64url. The Supabase CLI writes them with Go's
 * `big.Int.Bytes()`, which drops leading zero bytes, so about one key in a hundred comes out with a
 * 31-byte member that Web Crypto refuses: it is padded back to its 32 bytes here.
 */
const p256Member = z
  .string()
  .regex(/^[\w-]+$/, 'must be base64url')
  .transform((value, context) => {
    const bytes = Buffer.from(value, 'base64url');
    if (bytes.length > P256_BYTES) {
      context.addIssue({ code: 'custom', message: 'is longer than a P-256 value' });
      return z.NEVER;
    }
    return Buffer.concat([Buffer.alloc(P256_BYTES - bytes.length), bytes]).toString('base64url');
  });

const privateMember = (name: string) =>
  z.string({ error: `${name} is missing: give the private key, the whole JSON that \`supabase gen signing-key\` printed` });

const kid = z.string({ error: 'kid is missing: the key id Supabase shows beside the imported key' }).min(1);

const ecKey = z.object({
  kty: z.literal('EC'),
  crv: z.literal('P-256', { error: 'crv must be P-256 (ES256)' }),
  alg: z.literal('ES256').default('ES256'),
  kid,
  x: p256Member,
  y: p256Member,
  d: privateMember('d').pipe(p256Member),
});

const rsaKey = z.object({
  kty: z.literal('RSA'),
  alg: z.literal('RS256').default('RS256'),
  kid,
  n: z.string(),
  e: z.string(),
  d: privateMember('d'),
  p: privateMember('p'),
  q: privateMember('q'),
  dp: privateMember('dp'),
  dq: privateMember('dq'),
  qi: privateMember('qi'),
});

/** The public members of a key pair: what verifying needs, and all that may leave the server. */
export function publicJwk(key: SigningJwk): PublicSigningJwk {
  return key.kty === 'EC'
    ? { kty: key.kty, crv: key.crv, x: key.x, y: key.y, kid: key.kid, alg: key.alg, use: 'sig' }
    : { kty: key.kty, n: key.n, e: key.e, kid: key.kid, alg: key.alg, use: 'sig' };
}

/**
 * Whether the private members belong to the public ones, tried by signing and verifying: a pasted key
 * with one part from another key would sign tokens that nobody accepts.
 */
function isKeyPair(key: SigningJwk): boolean {
  const probe = Buffer.from('tura: signing key check');
  try {
    const signature = sign('sha256', probe, createPrivateKey({ key, format: 'jwk' }));
    return verify('sha256', probe, createPublicKey({ key: publicJwk(key), format: 'jwk' }), signature);
  } catch {
    return false;
  }
}

/**
 * A project's own JWT signing key as `supabase gen signing-key --algorithm ES256` prints it (a
 * private JWK with its `kid`): ES256, or RS256 for a project that chose RSA.
 */
export const signingJwkSchema = z
  .discriminatedUnion('kty', [ecKey, rsaKey], { error: 'kty must be EC (ES256) or RSA (RS256)' })
  .refine(isKeyPair, 'is not a key pair: its private part does not match its public part');

export type SigningJwk = z.output<typeof ecKey> | z.output<typeof rsaKey>;
export type PublicSigningJwk =
  | (Pick<z.output<typeof ecKey>, 'kty' | 'crv' | 'x' | 'y' | 'kid' | 'alg'> & { use: 'sig' })
  | (Pick<z.output<typeof rsaKey>, 'kty' | 'n' | 'e' | 'kid' | 'alg'> & { use: 'sig' });

/** How tokens for PostgREST are signed: with the project's own key (its `kid` in the header), or the legacy HS256 JWT secret. */
export type SigningKey = { jwk: SigningJwk } | { legacySecret: string };
