import { decodeJwt } from 'jose';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { clientWithToken, createDepartment, createUser, stack } from './helpers';

// The factories the app uses, with the environment the server would have.
beforeAll(() => {
  Object.assign(process.env, {
    SUPABASE_URL: stack.SUPABASE_URL,
    SUPABASE_ANON_KEY: stack.SUPABASE_ANON_KEY,
    SUPABASE_SERVICE_ROLE_KEY: stack.SUPABASE_SERVICE_ROLE_KEY,
    SUPABASE_JWT_SECRET: stack.SUPABASE_JWT_SECRET,
    APP_URL: 'http://localhost:3000',
    AUTH_SECRET: 'integration-tests-auth-secret-of-32-characters-or-more',
  });
});

describe('lib/supabase factories', () => {
  it('createUserClient acts as the user, with their role and department', async () => {
    const { createUserClient } = await import('@/lib/supabase/server');
    const department = await createDepartment();
    const user = await createUser('department', { departmentId: department.id });
    const { data, error } = await createUserClient(user).from('profiles').select('id, role, department_id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: user.id, role: 'department', department_id: department.id }]);
  });

  it('createAnonClient reads only what the public may', async () => {
    const { createAnonClient } = await import('@/lib/supabase/server');
    const profiles = await createAnonClient().from('profiles').select('id');
    expect(profiles.data).toEqual([]);
    const rounds = await createAnonClient().from('rounds').select('title').eq('is_public', true);
    expect(rounds.data).toContainEqual({ title: 'II tura spotkań branżowych' });
  });

  it('createServiceClient reaches what no user does', async () => {
    const { createServiceClient } = await import('@/lib/supabase/admin');
    const { error } = await createServiceClient().from('email_outbox').select('id').limit(1);
    expect(error).toBeNull();
  });
});

describe('the token of a signed-in user', () => {
  afterEach(() => vi.useRealTimers());

  it('carries their role and department, and PostgREST accepts it', async () => {
    const { userToken } = await import('@/lib/supabase/server');
    const user = await createUser('department');
    const token = await userToken(user);
    expect(decodeJwt(token)).toMatchObject({ sub: user.id, role: 'authenticated', app_role: 'department', department_id: user.departmentId });
    const { data } = await clientWithToken(token).from('profiles').select('id, department_id');
    expect(data).toEqual([{ id: user.id, department_id: user.departmentId }]);
  });

  it('is reused until near expiry, then minted again', async () => {
    const { userToken } = await import('@/lib/supabase/server');
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
