import { randomUUID } from 'node:crypto';
import { importJWK, SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSupabaseClient } from '@/lib/supabase/create';
import { signUserToken } from '@/lib/supabase/jwt';
import { createUser, legacySigner, projectSigner, projectSigningKey, sql, stack } from './helpers';

/** A token signed with the project's current key (its kid in the header), with exactly these claims: no expiry unless given. */
const signed = async (claims: Record<string, unknown>) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: projectSigningKey.kid, typ: 'JWT' })
    .sign(await importJWK(projectSigningKey, 'ES256'));
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

/** A raw request to `/rest/v1/<path>` through the gateway, as any HTTP client could send it. */
async function rest(path: string, headers: Record<string, string>, base = `${stack.SUPABASE_URL}/rest/v1`) {
  const response = await fetch(`${base}/${path}`, { headers });
  return { status: response.status, body: await response.text() };
}
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const nextAuthSchema = { 'Accept-Profile': 'next_auth' };
const { legacyEnv } = stack;

describe('the API gateway, as strict as Supabase', () => {
  const secretAddress = `ofiara-${randomUUID().slice(0, 8)}@tura.test`;
  const secretToken = `token-${randomUUID()}`;

  beforeAll(async () => {
    await sql(`insert into public.email_outbox (to_address, template, payload) values ($1, 'magic-link', $2)`, [
      secretAddress,
      { url: `http://localhost:3000/api/auth/callback/email?token=${secretToken}` },
    ]);
    await sql(`insert into next_auth.verification_tokens (identifier, token, expires) values ($1, $2, now() + interval '10 minutes')`, [
      secretAddress,
      secretToken,
    ]);
  });

  it('refuses a request without an apikey header, even with a valid token', async () => {
    const user = await createUser('coordinator');
    for (const token of [stack.SUPABASE_SECRET_KEY, await signUserToken(user, projectSigner, 300)]) {
      const response = await rest('departments?select=id', bearer(token));
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ message: 'No API key found in request' });
    }
  });

  it('refuses an apikey that is not one of the project keys, even a validly signed token or a key of the right form', async () => {
    const homeMade = await projectSigner.sign({ role: 'service_role' }, 600);
    for (const apikey of ['not-a-key', homeMade, 'sb_secret_N7UND0UgjKTVK-Uodkm0Hg_xSvEMPvz']) {
      const response = await rest('email_outbox?select=to_address', { apikey });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ message: 'Invalid API key' });
    }
  });

  it('does not take the publishable key in place of the secret key: no outbox, no next-auth tokens', async () => {
    const publishable = createSupabaseClient(stack.SUPABASE_URL, stack.SUPABASE_PUBLISHABLE_KEY);
    const outbox = await publishable.from('email_outbox').select('to_address');
    expect(outbox.data ?? []).toEqual([]);
    const tokens = await publishable.schema('next_auth').from('verification_tokens').select('token');
    expect(tokens.error?.message).toMatch(/permission denied/);
    expect(JSON.stringify(tokens)).not.toContain(secretToken);

    // Nor with a service_role token that is validly signed.
    const serviceToken = await projectSigner.sign({ role: 'service_role' }, 300);
    for (const apikey of [stack.SUPABASE_PUBLISHABLE_KEY, legacyEnv.SUPABASE_PUBLISHABLE_KEY]) {
      const response = await rest('verification_tokens?select=token', { apikey, ...bearer(serviceToken), ...nextAuthSchema });
      expect(response.status, apikey).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ message: 'A service_role token needs the secret key' });
    }
  });

  it('refuses another API key as the bearer token: only the apikey itself means no user token', async () => {
    for (const [apikey, other] of [
      [stack.SUPABASE_PUBLISHABLE_KEY, stack.SUPABASE_SECRET_KEY],
      [stack.SUPABASE_SECRET_KEY, stack.SUPABASE_PUBLISHABLE_KEY],
    ] as const) {
      const response = await rest('departments?select=id&limit=1', { apikey, ...bearer(other) });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ message: 'JWT invalid' });
    }
  });

  it('refuses a validly signed token for the role postgres, which reads nothing', async () => {
    const superuser = await signed({ role: 'postgres', exp: inFiveMinutes() });
    for (const [path, headers] of [
      ['email_outbox?select=to_address,payload', {}],
      ['verification_tokens?select=identifier,token', nextAuthSchema],
    ] as const) {
      const response = await rest(path, { apikey: stack.SUPABASE_SECRET_KEY, ...bearer(superuser), ...headers });
      expect(response.status, path).toBe(401);
      expect(response.body, path).not.toContain(secretToken);
    }
  });

  it('refuses a token without an expiry', async () => {
    const forever = await signed({ role: 'service_role' });
    const response = await rest('email_outbox?select=to_address', { apikey: stack.SUPABASE_SECRET_KEY, ...bearer(forever) });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ message: 'JWT has no exp claim' });
    expect(response.body).not.toContain(secretAddress);
  });

  it('gives the publishable key anon, the secret key service_role, and either with a user\'s token that user', async () => {
    const anon = await rest('departments?select=id&limit=1', { apikey: stack.SUPABASE_PUBLISHABLE_KEY });
    expect(anon.status).toBe(200);
    expect(JSON.parse(anon.body)).toHaveLength(1);
    expect((await rest('profiles?select=id', { apikey: stack.SUPABASE_PUBLISHABLE_KEY })).body).toBe('[]');

    const service = await rest(`verification_tokens?select=token&identifier=eq.${secretAddress}`, { apikey: stack.SUPABASE_SECRET_KEY, ...nextAuthSchema });
    expect(service.status).toBe(200);
    expect(JSON.parse(service.body)).toEqual([{ token: secretToken }]);

    const user = await createUser('moderator');
    const token = await signUserToken(user, projectSigner, 300);
    for (const apikey of [stack.SUPABASE_PUBLISHABLE_KEY, stack.SUPABASE_SECRET_KEY]) {
      const signedIn = await rest('profiles?select=id', { apikey, ...bearer(token) });
      expect(signedIn.status, apikey).toBe(200);
      expect(JSON.parse(signedIn.body), apikey).toEqual([{ id: user.id }]);
    }
  });

  it('still takes the legacy anon and service_role keys, and tokens signed with the legacy secret', async () => {
    const anon = await rest('profiles?select=id', { apikey: legacyEnv.SUPABASE_PUBLISHABLE_KEY });
    expect(anon).toEqual({ status: 200, body: '[]' });
    const asSupabaseJsSendsIt = { apikey: legacyEnv.SUPABASE_PUBLISHABLE_KEY, ...bearer(legacyEnv.SUPABASE_PUBLISHABLE_KEY) };
    expect((await rest('departments?select=id&limit=1', asSupabaseJsSendsIt)).status).toBe(200);

    const service = await rest(`verification_tokens?select=token&identifier=eq.${secretAddress}`, { apikey: legacyEnv.SUPABASE_SECRET_KEY, ...nextAuthSchema });
    expect(JSON.parse(service.body)).toEqual([{ token: secretToken }]);

    const user = await createUser('department');
    const signedIn = await rest('profiles?select=id', { apikey: legacyEnv.SUPABASE_PUBLISHABLE_KEY, ...bearer(await signUserToken(user, legacySigner, 300)) });
    expect(JSON.parse(signedIn.body)).toEqual([{ id: user.id }]);
  });

  it('PostgREST itself verifies tokens with the project\'s key set: the current key and the legacy secret, nothing else', async () => {
    const user = await createUser('moderator');
    for (const signer of [projectSigner, legacySigner]) {
      const response = await rest('profiles?select=id', bearer(await signUserToken(user, signer, 300)), stack.postgrestUrl);
      expect(JSON.parse(response.body)).toEqual([{ id: user.id }]);
    }
    const forged = await new SignJWT({ role: 'service_role', exp: inFiveMinutes() })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .sign(new TextEncoder().encode(`${legacyEnv.SUPABASE_JWT_SECRET}-forged`));
    const response = await rest('email_outbox?select=to_address', bearer(forged), stack.postgrestUrl);
    expect(response.status).toBe(401);
    expect(response.body).not.toContain(secretAddress);
  });

  // PGlite has only the superuser, so there the gateway above is the only guard.
  it.skipIf(stack.embedded)('on PostgreSQL, PostgREST itself cannot become the superuser: it logs in as authenticator', async () => {
    const superuser = await signed({ role: 'postgres', exp: inFiveMinutes() });
    const response = await rest('email_outbox?select=to_address', bearer(superuser), stack.postgrestUrl);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(JSON.parse(response.body)).toMatchObject({ message: 'permission denied to set role "postgres"' });
    expect(response.body).not.toContain(secretAddress);
    const logins = await sql<{ usename: string }>(`select distinct usename from pg_stat_activity where datname = current_database() and application_name like 'PostgREST%'`);
    expect(logins).toEqual([{ usename: 'authenticator' }]);
  });
});
