import { beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createUser, stack } from './helpers';

// The factories the app uses, with the environment the server would have.
beforeAll(() => {
  Object.assign(process.env, {
    SUPABASE_URL: stack.SUPABASE_URL,
    SUPABASE_ANON_KEY: stack.SUPABASE_ANON_KEY,
    SUPABASE_SERVICE_ROLE_KEY: stack.SUPABASE_SERVICE_ROLE_KEY,
    SUPABASE_JWT_SECRET: stack.SUPABASE_JWT_SECRET,
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
