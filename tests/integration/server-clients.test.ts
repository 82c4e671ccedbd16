import { randomUUID } from 'node:crypto';
import { decodeJwt, decodeProtectedHeader } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientWithToken, createDepartment, createUser, projectSigningKey, sql, stack } from './helpers';

type Environment = Record<string, string | undefined>;

/** The server's environment against a project that rotated to its own signing key (what the local stack gives the app). */
const ROTATED: Environment = {
  SUPABASE_URL: stack.SUPABASE_URL,
  SUPABASE_PUBLISHABLE_KEY: stack.SUPABASE_PUBLISHABLE_KEY,
  SUPABASE_SECRET_KEY: stack.SUPABASE_SECRET_KEY,
  SUPABASE_JWT_SIGNING_KEY: stack.SUPABASE_JWT_SIGNING_KEY,
  SUPABASE_JWT_SECRET: undefined,
};
/** Against a project that has not rotated yet: its legacy JWT secret, anon and service_role keys. */
const LEGACY: Environment = { SUPABASE_URL: stack.SUPABASE_URL, SUPABASE_JWT_SIGNING_KEY: undefined, ...stack.legacyEnv };

/** The app's server modules, loaded afresh with `environment` (they read it once). */
async function serverWith(environment: Environment) {
  vi.resetModules();
  Object.assign(process.env, { APP_URL: 'http://localhost:3000', AUTH_SECRET: 'integration-tests-auth-secret-of-32-characters-or-more' });
  for (const [name, value] of Object.entries(environment)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  return {
    ...(await import('@/lib/supabase/server')),
    ...(await import('@/lib/supabase/admin')),
    ...(await import('@/lib/auth/magic-link')),
  };
}

describe.each([
  ['its own signing key', ROTATED, { alg: 'ES256', kid: projectSigningKey.kid, typ: 'JWT' }],
  ['only its legacy JWT secret and keys', LEGACY, { alg: 'HS256', typ: 'JWT' }],
])('lib/supabase factories, for a project with %s', (_, environment, header) => {
  let server: Awaited<ReturnType<typeof serverWith>>;
  beforeAll(async () => {
    server = await serverWith(environment);
  });

  it('createUserClient acts as the user, with their role and department', async () => {
    const department = await createDepartment();
    const user = await createUser('department', { departmentId: department.id });
    const { data, error } = await server.createUserClient(user).from('profiles').select('id, role, department_id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: user.id, role: 'department', department_id: department.id }]);
  });

  it('signs the user\'s token with that key, and PostgREST accepts it', async () => {
    const user = await createUser('department');
    const token = await server.userToken(user);
    expect(decodeProtectedHeader(token)).toEqual(header);
    expect(decodeJwt(token)).toMatchObject({ sub: user.id, role: 'authenticated', app_role: 'department', department_id: user.departmentId });
    const { data } = await clientWithToken(token).from('profiles').select('id, department_id');
    expect(data).toEqual([{ id: user.id, department_id: user.departmentId }]);
  });

  it('createAnonClient reads only what the public may', async () => {
    const profiles = await server.createAnonClient().from('profiles').select('id');
    expect(profiles.data).toEqual([]);
    const rounds = await server.createAnonClient().from('rounds').select('title').eq('is_public', true);
    expect(rounds.data).toContainEqual({ title: 'II tura spotkań branżowych' });
  });

  it('createServiceClient reaches what no user does', async () => {
    const { error } = await server.createServiceClient().from('email_outbox').select('id').limit(1);
    expect(error).toBeNull();
  });

  it('next-auth\'s adapter, given the secret key alone, keeps a sign-in token in next_auth and gives it back once', async () => {
    const adapter = server.authAdapter();
    const identifier = `adapter-${randomUUID().slice(0, 8)}@tura.test`;
    const verificationToken = { identifier, token: randomUUID(), expires: new Date(Date.now() + 600_000) };
    await adapter.createVerificationToken!(verificationToken);
    expect(await sql('select token from next_auth.verification_tokens where identifier = $1', [identifier])).toEqual([{ token: verificationToken.token }]);
    expect(await adapter.useVerificationToken!({ identifier, token: verificationToken.token })).toMatchObject({ identifier, token: verificationToken.token });
    expect(await adapter.useVerificationToken!({ identifier, token: verificationToken.token })).toBeNull();
  });
});

describe('a service client given the publishable key in place of the secret key', () => {
  it('is refused before it makes a request', async () => {
    const server = await serverWith({ ...ROTATED, SUPABASE_SECRET_KEY: stack.SUPABASE_PUBLISHABLE_KEY });
    expect(() => server.createServiceClient()).toThrow(/SUPABASE_SECRET_KEY: must be the project's secret key/);
  });
});

describe('the token of a signed-in user', () => {
  afterEach(() => vi.useRealTimers());

  it('is reused until near expiry, then minted again', async () => {
    const { userToken } = await serverWith(ROTATED);
    const user = await createUser('moderator');
    vi.useFakeTimers({ toFake: ['Date'] });
    const first = await userToken(user);
    vi.advanceTimersByTime(3 * 60_000);
    expect(await userToken(user)).toBe(first);
    vi.advanceTimersByTime(90_000); // 30 s left: renewed
    const renewed = await userToken(user);
    expect(renewed).not.toBe(first);
    expect(decodeJwt(renewed).exp! - decodeJwt(first).exp!).toBeGreaterThanOrEqual(270);
  });
});
