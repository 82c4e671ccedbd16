import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signUserToken, tokenSigner, type TokenUser } from '@/lib/supabase/jwt';
import { publicJwk, signingJwkSchema } from '@/lib/supabase/signing-key';

const secret = 'a-test-secret-that-is-at-least-32-characters';
const user: TokenUser = { id: 'c0ffee00-0000-4000-8000-000000000000', role: 'department', departmentId: 'd' };

/** A key as `supabase gen signing-key` prints it. */
function generatedKey(type: 'ec' | 'rsa') {
  const { privateKey } = type === 'ec' ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('rsa', { modulusLength: 2048 });
  const alg = type === 'ec' ? 'ES256' : 'RS256';
  return signingJwkSchema.parse({ ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), use: 'sig', key_ops: ['sign', 'verify'], alg, ext: true });
}

function expectUserClaims(payload: Record<string, unknown>) {
  expect(payload).toMatchObject({ sub: user.id, role: 'authenticated', aud: 'authenticated', app_role: 'department', department_id: 'd' });
  expect((payload.exp as number) - (payload.iat as number)).toBe(300);
}

describe('signUserToken with the project\'s own signing key', () => {
  it.each(['ec', 'rsa'] as const)('(%s) names the key by its kid, and its public half verifies it', async (type) => {
    const key = generatedKey(type);
    const token = await signUserToken(user, tokenSigner({ jwk: key }), 300);
    expect(decodeProtectedHeader(token)).toEqual({ alg: key.alg, kid: key.kid, typ: 'JWT' });
    const { payload } = await jwtVerify(token, await importJWK(publicJwk(key), key.alg));
    expectUserClaims(payload);
  });

  it('cannot be verified with another key pair', async () => {
    const token = await signUserToken(user, tokenSigner({ jwk: generatedKey('ec') }), 300);
    const other = generatedKey('ec');
    await expect(jwtVerify(token, await importJWK(publicJwk(other), 'ES256'))).rejects.toThrow(/signature/);
  });
});

describe('signUserToken with the legacy JWT secret', () => {
  it('signs HS256 without a kid, carrying the user, the authenticated role, the app role and the department', async () => {
    const token = await signUserToken(user, tokenSigner({ legacySecret: secret }), 300);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const { payload } = await jwtVerify(token, new TextEncoder().encode(secret));
    expectUserClaims(payload);
  });

  it('cannot be verified with another secret', async () => {
    const token = await signUserToken(user, tokenSigner({ legacySecret: secret }), 300);
    await expect(jwtVerify(token, new TextEncoder().encode(`${secret}-other`))).rejects.toThrow(/signature/);
  });
});
