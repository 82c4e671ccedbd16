import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { signApiToken, signUserToken } from '@/lib/supabase/jwt';
import { createUser, sql, stack } from './helpers';

/** A token signed with the project's secret, with exactly these claims: no expiry unless given. */
const signed = (claims: Record<string, unknown>) =>
  new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(stack.SUPABASE_JWT_SECRET));
const inFiveMinutes = () => Math.floor(Date.now() / 1000) + 300;

/** A raw request to `/rest/v1/<path>` through the gateway, as any HTTP client could send it. */
async function rest(path: string, headers: Record<string, string>, base = `${stack.SUPABASE_URL}/rest/v1`) {
  const response = await fetch(`${base}/${path}`, { headers });
  return { status: response.status, body: await response.text() };
}
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const nextAuthSchema = { 'Accept-Profile': 'next_auth' };

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
    const response = await rest('departments?select=id', bearer(stack.SUPABASE_ANON_KEY));
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ message: 'No API key found in request' });
  });

  it('refuses an apikey that is not one of the project keys, even a validly signed one', async () => {
    const homeMade = await signApiToken({ role: 'service_role' }, stack.SUPABASE_JWT_SECRET, 600);
    for (const apikey of ['not-a-key', homeMade]) {
      const response = await rest('email_outbox?select=to_address', { apikey });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ message: 'Invalid API key' });
    }
  });

  it('refuses a validly signed token for the role postgres, which reads nothing', async () => {
    const superuser = await signed({ role: 'postgres', exp: inFiveMinutes() });
    for (const [path, headers] of [
      ['email_outbox?select=to_address,payload', {}],
      ['verification_tokens?select=identifier,token', nextAuthSchema],
    ] as const) {
      const response = await rest(path, { apikey: stack.SUPABASE_ANON_KEY, ...bearer(superuser), ...headers });
      expect(response.status, path).toBe(401);
      expect(response.body, path).not.toContain(secretToken);
    }
  });

  it('refuses a token without an expiry', async () => {
    const forever = await signed({ role: 'service_role' });
    const response = await rest('email_outbox?select=to_address', { apikey: stack.SUPABASE_ANON_KEY, ...bearer(forever) });
    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toMatchObject({ message: 'JWT has no exp claim' });
    expect(response.body).not.toContain(secretAddress);
  });

  it('lets the anon, authenticated and service_role requests through', async () => {
    const anon = await rest('departments?select=id&limit=1', { apikey: stack.SUPABASE_ANON_KEY });
    expect(anon.status).toBe(200);
    expect(JSON.parse(anon.body)).toHaveLength(1);

    const user = await createUser('moderator');
    const signedIn = await rest('profiles?select=id', { apikey: stack.SUPABASE_ANON_KEY, ...bearer(await signUserToken(user, stack.SUPABASE_JWT_SECRET, 300)) });
    expect(signedIn.status).toBe(200);
    expect(JSON.parse(signedIn.body)).toEqual([{ id: user.id }]);

    const service = await rest(`verification_tokens?select=token&identifier=eq.${secretAddress}`, { apikey: stack.SUPABASE_SERVICE_ROLE_KEY, ...nextAuthSchema });
    expect(service.status).toBe(200);
    expect(JSON.parse(service.body)).toEqual([{ token: secretToken }]);
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
