import { describe, expect, it } from 'vitest';
import { signApiToken, signUserToken } from '@/lib/supabase/jwt';
import { clientAs, clientWithToken, createUser, stack } from './helpers';

describe('tokens', () => {
  it('lets a valid user token through as that user', async () => {
    const user = await createUser('moderator');
    const { data, error } = await (await clientAs(user)).from('profiles').select('id, role');
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

  it('refuses a token signed with another secret', async () => {
    const user = await createUser('coordinator');
    const forged = await signUserToken(user, `${stack.SUPABASE_JWT_SECRET}-forged`, 300);
    const { data, status } = await clientWithToken(forged).from('profiles').select('id');
    expect(status).toBe(401);
    expect(data).toBeNull();
  });

  it('gives no application role to a token whose claims do not match the profile', async () => {
    const departmentUser = await createUser('department');
    // A correctly signed token that claims more than the profile holds.
    const inflated = await signApiToken(
      { sub: departmentUser.id, role: 'authenticated', app_role: 'coordinator', department_id: departmentUser.departmentId },
      stack.SUPABASE_JWT_SECRET,
      300,
    );
    const client = clientWithToken(inflated);
    const { data } = await client.from('profiles').select('id');
    expect(data).toEqual([{ id: departmentUser.id }]);
    const insert = await client.from('programmes').insert({ title: 'Nie powinno powstać', year_from: 2020, year_to: 2021 });
    expect(insert.error?.code).toBe('42501');
  });
});
