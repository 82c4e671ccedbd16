import { describe, expect, it } from 'vitest';
import { EXPOSED_SCHEMAS } from '@/lib/local-stack/stack';
import { sql } from './helpers';

describe('row-level security coverage', () => {
  it('is enabled on every table of every schema PostgREST exposes, and of the helpers schema', async () => {
    const tables = await sql<{ table: string; rls: boolean }>(
      `select n.nspname || '.' || c.relname as table, c.relrowsecurity as rls
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname = any($1)
        order by 1`,
      [[...EXPOSED_SCHEMAS, 'app']],
    );
    expect(tables.length).toBeGreaterThanOrEqual(6);
    expect(tables.filter((table) => !table.rls).map((table) => table.table)).toEqual([]);
  });

  it('exposes no view, which would read its tables with its owner\'s rights', async () => {
    const views = await sql(`select table_schema, table_name from information_schema.views where table_schema = any($1)`, [[...EXPOSED_SCHEMAS]]);
    expect(views).toEqual([]);
  });
});

describe('grants, as in a Supabase project created since 2026-05-30', () => {
  it('give the API roles nothing by default: a new table is out of their reach until a migration grants it', async () => {
    await sql('create table public.not_granted_yet (id int primary key)');
    const [privileges] = await sql<{ granted: boolean[] }>(
      `select array[has_table_privilege('anon', 'public.not_granted_yet', 'select'),
                    has_table_privilege('authenticated', 'public.not_granted_yet', 'select'),
                    has_table_privilege('service_role', 'public.not_granted_yet', 'select')] as granted`,
    ).finally(() => sql('drop table public.not_granted_yet'));
    expect(privileges).toEqual({ granted: [false, false, false] });
  });
});

describe('the rules of Supabase\'s database linter', () => {
  const OUR_SCHEMAS = ['public', 'app', 'audit'];

  it('every function pins its search_path', async () => {
    const unpinned = await sql(
      `select n.nspname || '.' || p.proname as function from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1) and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`,
      [OUR_SCHEMAS],
    );
    expect(unpinned).toEqual([]);
  });

  it('every policy names the roles it applies to', async () => {
    expect(await sql(`select tablename, policyname from pg_policies where 'public' = any(roles)`)).toEqual([]);
  });

  it('visitors may run only the security-definer helpers that their policies call', async () => {
    const callable = await sql<{ name: string }>(
      `select n.nspname || '.' || p.proname as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = any($1) and p.prosecdef and has_function_privilege('anon', p.oid, 'execute') order by 1`,
      [OUR_SCHEMAS],
    );
    expect(callable.map((row) => row.name)).toEqual([
      'app.acts_for_team', 'app.can', 'app.has_role', 'app.is_staff', 'app.meeting_is_public', 'app.moderates', 'app.my_department', 'app.my_role',
      'app.participates', 'app.reads_programme', 'app.round_is_public', 'app.takes_part',
    ]);
  });

  it('visitors may only read: no table grants anon a write', async () => {
    const writable = await sql(
      `select table_name, privilege_type from information_schema.role_table_grants
        where grantee = 'anon' and table_schema = any($1) and privilege_type <> 'SELECT' order by 1, 2`,
      [[...EXPOSED_SCHEMAS]],
    );
    expect(writable).toEqual([]);
  });
});
