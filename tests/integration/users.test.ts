import { describe, expect, it } from 'vitest';
import { anonClient, auditOf, clientAs, createDepartment, createUser, serviceClient, sql } from './helpers';

const unique = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
const outboxFor = (email: string) => sql<{ template: string; payload: Record<string, unknown> }>('select template, payload from public.email_outbox where to_address = $1', [email]);

describe('invite_user', () => {
  it('creates the profile, the audit row and the invitation e-mail together', async () => {
    const coordinator = await createUser('coordinator');
    const department = await createDepartment();
    const email = `zaproszony-${unique()}@tura.test`;
    const { data, error } = await (await clientAs(coordinator)).rpc('invite_user', { email: ` ${email.toUpperCase()} `, full_name: 'Jan Kowalski', role: 'department', department_id: department.id }).single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ email, role: 'department', department_id: department.id, active: true });
    expect(await auditOf((data as { id: string }).id)).toMatchObject([{ op: 'INSERT', table_name: 'profiles', action: 'user.invited', actor_id: coordinator.id, record: { email } }]);
    expect(await outboxFor(email)).toEqual([{ template: 'invitation', payload: { fullName: 'Jan Kowalski', role: 'department', invitedBy: 'Test coordinator' } }]);
  });

  it('refuses a taken address and leaves no e-mail or audit row behind', async () => {
    const coordinator = await createUser('coordinator');
    const taken = await createUser('moderator');
    const [{ email }] = (await sql<{ email: string }>('select email from public.profiles where id = $1', [taken.id])) as [{ email: string }];
    const before = await sql('select count(*)::int as n from public.email_outbox');
    const { error } = await (await clientAs(coordinator)).rpc('invite_user', { email, full_name: 'Drugi', role: 'moderator' });
    expect(error?.hint).toBe('users.email_taken');
    expect(await sql('select count(*)::int as n from public.email_outbox')).toEqual(before);
  });

  it('refuses department staff without a department', async () => {
    const { error } = await (await clientAs(await createUser('coordinator'))).rpc('invite_user', { email: `bez-${unique()}@tura.test`, full_name: 'Bez Wydziału', role: 'department' });
    expect(error?.hint).toBe('users.department_required');
  });

  it.each(['department', 'moderator'] as const)('refuses a %s user and writes nothing', async (role) => {
    const email = `intruz-${unique()}@tura.test`;
    const { error } = await (await clientAs(await createUser(role))).rpc('invite_user', { email, full_name: 'Intruz', role: 'coordinator' });
    expect(error?.hint).toBe('users.forbidden');
    expect(await sql('select id from public.profiles where email = $1', [email])).toEqual([]);
    expect(await outboxFor(email)).toEqual([]);
  });

  it('is not callable without logging in', async () => {
    const { error } = await anonClient().rpc('invite_user', { email: `anon-${unique()}@tura.test`, full_name: 'Anon', role: 'coordinator' });
    expect(error?.code).toBe('42501');
  });

  it('refuses a direct insert into profiles, which would skip the audit row and the e-mail', async () => {
    const { error } = await (await clientAs(await createUser('coordinator'))).from('profiles').insert({ email: `bokiem-${unique()}@tura.test`, role: 'moderator' });
    expect(error?.code).toBe('42501');
  });
});

describe('change_user_role and set_user_active', () => {
  it('let a coordinator change another user, with audit rows', async () => {
    const coordinator = await createUser('coordinator');
    const user = await createUser('moderator');
    const department = await createDepartment();
    const client = await clientAs(coordinator);
    expect((await client.rpc('change_user_role', { user_id: user.id, new_role: 'department', new_department_id: department.id })).error).toBeNull();
    expect((await client.rpc('set_user_active', { user_id: user.id, active: false })).error).toBeNull();
    expect(await sql('select role, department_id, active from public.profiles where id = $1', [user.id])).toEqual([{ role: 'department', department_id: department.id, active: false }]);
    expect((await auditOf(user.id)).map((row) => `${row.op} ${row.action}`)).toEqual(['INSERT POST /profiles', 'UPDATE user.role_changed', 'UPDATE user.deactivated']);
  });

  it('refuse a coordinator acting on their own account', async () => {
    const coordinator = await createUser('coordinator');
    const client = await clientAs(coordinator);
    expect((await client.rpc('change_user_role', { user_id: coordinator.id, new_role: 'moderator' })).error?.hint).toBe('users.self');
    expect((await client.rpc('set_user_active', { user_id: coordinator.id, active: false })).error?.hint).toBe('users.self');
    expect(await sql('select role, active from public.profiles where id = $1', [coordinator.id])).toEqual([{ role: 'coordinator', active: true }]);
  });

  it.each(['department', 'moderator'] as const)('refuse a %s user raising their own role or anyone else\'s', async (role) => {
    const user = await createUser(role);
    const other = await createUser('moderator');
    const client = await clientAs(user);
    expect((await client.rpc('change_user_role', { user_id: user.id, new_role: 'coordinator' })).error?.code).toBe('42501');
    expect((await client.rpc('change_user_role', { user_id: other.id, new_role: 'coordinator' })).error?.code).toBe('42501');
    expect((await client.rpc('set_user_active', { user_id: other.id, active: false })).error?.code).toBe('42501');
    expect(await sql('select role from public.profiles where id = any($1) order by role', [[user.id, other.id]])).toEqual(
      [{ role }, { role: 'moderator' }].sort((a, b) => a.role.localeCompare(b.role)),
    );
  });

  it('a deactivated user loses access at the next request, with the same token', async () => {
    const coordinator = await createUser('coordinator');
    const user = await createUser('department');
    const client = await clientAs(user);
    expect((await client.from('rounds').select('id').limit(1)).data?.length).toBe(1);
    await (await clientAs(coordinator)).rpc('set_user_active', { user_id: user.id, active: false });
    const { data } = await client.from('rounds').select('id').eq('is_public', false);
    expect(data).toEqual([]);
  });
});

describe('next_auth schema', () => {
  it.each(['anon', 'coordinator'] as const)('is closed to %s', async (who) => {
    const client = who === 'anon' ? anonClient() : await clientAs(await createUser('coordinator'));
    const { error } = await client.schema('next_auth').from('users').select('id');
    expect(error?.code).toBe('42501');
  });

  it('is open to the service role, for the Auth.js adapter', async () => {
    const { error } = await serviceClient().schema('next_auth').from('verification_tokens').select('token').limit(1);
    expect(error).toBeNull();
  });
});
