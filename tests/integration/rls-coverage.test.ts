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
