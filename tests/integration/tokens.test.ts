import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { signUserToken, tokenSigner, type TokenSigner } from '@/lib/supabase/jwt';
import { signingJwkSchema } from '@/lib/supabase/signing-key';
import { clientAs, clientWithToken, createUser, legacySigner, projectSigner, projectSigningKey, stack } from './helpers';

/** A signer with a fresh key pair of its own, naming it by `kid`. */
function otherKeySigner(kid: string): TokenSigner {
  const jwk = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return tokenSigner({ jwk: signingJwkSchema.parse({ ...jwk, kid, alg: 'ES256' }) });
}

describe('tokens', () => {
  it.each([
    ['the project\'s own key (ES256, with its kid)', projectSigner],
    ['the legacy JWT secret (HS256)', legacySigner],
  ])('lets a user token signed with %s through as that user', async (_, signer) => {
    const user = await createUser('moderator');
    const { data, error } = await (await clientAs(user, 300, signer)).from('profiles').select('id, role');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: user.id, role: 'moderator' }]);
  });

  it('refuses an expired token', async () => {
    const user = await createUser('coordinator');
    const { data, error, status } = await (await clientAs(user, -60)).from('profiles').select('id');
    expect(status).toBe(401);
    expect(error?.message).toMatch(/expired/i);
    expect(data).toBeNull();
  });

  it.each([
    ['another key pair under the project key\'s kid', () => otherKeySigner(projectSigningKey.kid)],
    ['another key pair without the project\'s kid', () => otherKeySigner(randomUUID())],
    ['another legacy secret', () => tokenSigner({ legacySecret: `${stack.legacyEnv.SUPABASE_JWT_SECRET}-forged` })],
  ])('refuses a token signed with %s', async (_, signer) => {
    const user = await createUser('coordinator');
    const forged = await signUserToken(user, signer(), 300);
    const { data, status } = await clientWithToken(forged).from('profiles').select('id');
    expect(status).toBe(401);
    expect(data).toBeNull();
  });

  it('refuses a token signed with the project\'s key whose kid names no key of the project', async () => {
    const user = await createUser('coordinator');
    const unknownKid = tokenSigner({ jwk: { ...projectSigningKey, kid: randomUUID() } });
    const { data, error, status } = await clientWithToken(await signUserToken(user, unknownKid, 300)).from('profiles').select('id');
    expect(status).toBe(401);
    expect(error?.message).toBe('JWT kid names no key of this project');
    expect(data).toBeNull();
  });

  it('refuses an asymmetric token without a kid', async () => {
    const user = await createUser('coordinator');
    const withoutKid = await new SignJWT({ sub: user.id, role: 'authenticated', exp: Math.floor(Date.now() / 1000) + 300 })
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .sign(await importJWK(projectSigningKey, 'ES256'));
    const { data, error, status } = await clientWithToken(withoutKid).from('profiles').select('id');
    expect(status).toBe(401);
    expect(error?.message).toBe('JWT has no kid');
    expect(data).toBeNull();
  });

  it('gives no application role to a token whose claims do not match the profile', async () => {
    const departmentUser = await createUser('department');
    // A correctly signed token that claims more than the profile holds.
    const inflated = await projectSigner.sign(
      { sub: departmentUser.id, role: 'authenticated', app_role: 'coordinator', department_id: departmentUser.departmentId },
      300,
    );
    const client = clientWithToken(inflated);
    const { data } = await client.from('profiles').select('id');
    expect(data).toEqual([{ id: departmentUser.id }]);
    const insert = await client.from('programmes').insert({ title: 'Nie powinno powstać', year_from: 2020, year_to: 2021 });
    expect(insert.error?.code).toBe('42501');
  });
});
