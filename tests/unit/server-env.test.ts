import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { importJWK, jwtVerify, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { parseServerEnv } from '@/lib/env';
import { signUserToken, tokenSigner } from '@/lib/supabase/jwt';
import { publicJwk } from '@/lib/supabase/signing-key';

/** A private JWK exactly as `supabase gen signing-key --algorithm ES256` prints it. */
function cliKey(options: { curve?: string } = {}) {
  const jwk = generateKeyPairSync('ec', { namedCurve: options.curve ?? 'P-256' }).privateKey.export({ format: 'jwk' });
  return { kty: 'EC', kid: randomUUID(), use: 'sig', key_ops: ['sign', 'verify'], alg: 'ES256', ext: true, crv: jwk.crv, x: jwk.x, y: jwk.y, d: jwk.d };
}

const legacySecret = 'the-legacy-jwt-secret-of-at-least-32-characters';
const legacyKey = (role: string) => new SignJWT({ role }).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(legacySecret));

const base = {
  SUPABASE_URL: 'https://abcdefghijklmnop.supabase.co',
  SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_ACJWlzQHlZjBrEguHvfOxg_3BJgxAaH',
  SUPABASE_SECRET_KEY: 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz',
  APP_URL: 'https://tura.example',
  AUTH_SECRET: 'an-auth-secret-of-at-least-32-characters!',
};

const withKey = (key: unknown) => ({ ...base, SUPABASE_JWT_SIGNING_KEY: JSON.stringify(key) });

describe('the server environment', () => {
  it('takes the signing key as the Supabase CLI prints it, and signs tokens its public half verifies', async () => {
    const key = cliKey();
    const env = parseServerEnv(withKey(key));
    expect(env.SUPABASE_JWT_SIGNING_KEY).toMatchObject({ kty: 'EC', alg: 'ES256', kid: key.kid, x: key.x, y: key.y, d: key.d });
    expect(env.SUPABASE_JWT_SECRET).toBeUndefined();
    const token = await signUserToken({ id: randomUUID(), role: 'coordinator', departmentId: null }, tokenSigner({ jwk: env.SUPABASE_JWT_SIGNING_KEY! }), 60);
    await expect(jwtVerify(token, await importJWK({ kty: 'EC', crv: 'P-256', x: key.x, y: key.y }, 'ES256'))).resolves.toBeDefined();
  });

  it('restores the leading zero byte that the CLI drops from a coordinate', async () => {
    let key = cliKey();
    while (Buffer.from(key.x!, 'base64url')[0] !== 0) key = cliKey();
    const shortened = { ...key, x: Buffer.from(key.x!, 'base64url').subarray(1).toString('base64url') };
    const env = parseServerEnv(withKey(shortened));
    expect(publicJwk(env.SUPABASE_JWT_SIGNING_KEY!)).toMatchObject({ x: key.x });
    await expect(tokenSigner({ jwk: env.SUPABASE_JWT_SIGNING_KEY! }).sign({ role: 'anon' }, 60)).resolves.toMatch(/^ey/);
  });

  it('takes the legacy JWT secret and the legacy anon and service_role keys of a project that has not rotated', async () => {
    const env = parseServerEnv({
      ...base,
      SUPABASE_PUBLISHABLE_KEY: await legacyKey('anon'),
      SUPABASE_SECRET_KEY: await legacyKey('service_role'),
      SUPABASE_JWT_SECRET: legacySecret,
    });
    expect(env.SUPABASE_JWT_SECRET).toBe(legacySecret);
    expect(env.SUPABASE_JWT_SIGNING_KEY).toBeUndefined();
  });

  it('refuses both a signing key and a legacy secret, and neither', () => {
    const exactlyOne = /set exactly one of SUPABASE_JWT_SIGNING_KEY .* and SUPABASE_JWT_SECRET/;
    expect(() => parseServerEnv({ ...withKey(cliKey()), SUPABASE_JWT_SECRET: legacySecret })).toThrow(exactlyOne);
    expect(() => parseServerEnv(base)).toThrow(exactlyOne);
  });

  it.each([
    ['a public key', () => { const { d: _d, ...pub } = cliKey(); return pub; }, /SUPABASE_JWT_SIGNING_KEY.d: d is missing: give the private key/],
    ['a key without kid', () => { const { kid: _kid, ...key } = cliKey(); return key; }, /kid is missing/],
    ['a P-384 key', () => cliKey({ curve: 'P-384' }), /crv must be P-256/],
    ['a symmetric key', () => ({ kty: 'oct', k: 'c2VjcmV0', kid: 'k' }), /kty must be EC \(ES256\) or RSA \(RS256\)/],
    ['a private part from another key', () => ({ ...cliKey(), d: cliKey().d }), /is not a key pair/],
  ])('refuses %s as the signing key, saying why', (_, key, reason) => {
    expect(() => parseServerEnv(withKey(key()))).toThrow(reason);
  });

  it('refuses a signing key that is not JSON, without repeating it', () => {
    const pasted = 'MHcCAQEEIPrivateKeyInPemNotJwk';
    const attempt = () => parseServerEnv({ ...base, SUPABASE_JWT_SIGNING_KEY: pasted });
    expect(attempt).toThrow(/SUPABASE_JWT_SIGNING_KEY: is not JSON/);
    expect(attempt).not.toThrow(new RegExp(pasted));
  });

  it('refuses a publishable key where the secret key belongs, and a secret key where the publishable key belongs', async () => {
    const key = withKey(cliKey());
    expect(() => parseServerEnv({ ...key, SUPABASE_SECRET_KEY: base.SUPABASE_PUBLISHABLE_KEY })).toThrow(/SUPABASE_SECRET_KEY: must be the project's secret key/);
    expect(() => parseServerEnv({ ...key, SUPABASE_SECRET_KEY: '' })).toThrow(/SUPABASE_SECRET_KEY/);
    expect(() => parseServerEnv({ ...key, SUPABASE_PUBLISHABLE_KEY: base.SUPABASE_SECRET_KEY })).toThrow(/SUPABASE_PUBLISHABLE_KEY: must be the project's publishable key/);
    const [legacyAnon, legacyServiceRole] = [await legacyKey('anon'), await legacyKey('service_role')];
    expect(() => parseServerEnv({ ...key, SUPABASE_SECRET_KEY: legacyAnon })).toThrow(/SUPABASE_SECRET_KEY/);
    expect(() => parseServerEnv({ ...key, SUPABASE_PUBLISHABLE_KEY: legacyServiceRole })).toThrow(/SUPABASE_PUBLISHABLE_KEY/);
  });
});
