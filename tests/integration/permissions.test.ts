import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { createUser, sql, stack } from './helpers';

describe('the permission map', () => {
  it('is the same in the database as in TypeScript', async () => {
    const rows = await sql<{ role: string; permission: string }>('select role::text, permission from app.role_permissions');
    const fromDatabase = rows.map((row) => `${row.permission} ${row.role}`).sort();
    const fromTypeScript = Object.entries(PERMISSIONS).flatMap(([permission, roles]) => roles.map((role) => `${permission} ${role}`)).sort();
    expect(fromDatabase).toEqual(fromTypeScript);
  });

  it('names only known permissions in policies and functions', async () => {
    const sources = await sql<{ source: string }>(
      `select qual || ' ' || coalesce(with_check, '') as source from pg_policies
       union all select prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname in ('public', 'app')`,
    );
    const named = new Set(sources.flatMap((row) => [...(row.source ?? '').matchAll(/(?:can|require_permission)\('([a-z_.]+)'/g)].map((match) => match[1]!)));
    expect(named.size).toBeGreaterThan(5);
    expect([...named].filter((permission) => !(permission in PERMISSIONS))).toEqual([]);
  });

  it('refuses a permission nobody has, rather than quietly answering no', async () => {
    await expect(sql("select app.can('rounds.destroy')")).rejects.toThrow(/Unknown permission rounds.destroy/);
  });

  it.each([
    ['department staff', 'department', 'opinions.submit', true, {}],
    ['a coordinator', 'coordinator', 'opinions.submit', false, {}],
    ['a coordinator', 'coordinator', 'summary.publish', true, {}],
    ['a deactivated coordinator', 'coordinator', 'summary.publish', false, { active: false }],
  ] as const)('answers for %s (%s) whether they have %s: %s', async (_, role, permission, expected, options) => {
    const user = await createUser(role, options);
    expect(await canAs({ sub: user.id, role: 'authenticated', app_role: role, department_id: user.departmentId }, permission)).toBe(expected);
  });

  it('trusts the role in a token only while the profile has it', async () => {
    const user = await createUser('department');
    expect(await canAs({ sub: user.id, role: 'authenticated', app_role: 'coordinator', department_id: user.departmentId }, 'summary.publish')).toBe(false);
  });
});

/** app.can as PostgREST runs it for a request carrying `claims`. */
async function canAs(claims: Record<string, unknown>, permission: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    await client.query('set local role authenticated');
    await client.query("select set_config('request.jwt.claims', $1, true)", [JSON.stringify(claims)]);
    return (await client.query<{ allowed: boolean }>('select app.can($1) as allowed', [permission])).rows[0]!.allowed;
  } finally {
    await client.query('rollback');
    await client.end();
  }
}
