import { PGlite } from '@electric-sql/pglite';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations, MigrationError, planMigrations } from '@/lib/local-stack/migrations';
import { pgliteExecutor } from '@/lib/local-stack/sql';

describe('planMigrations', () => {
  it('orders migrations by their timestamp, whatever order the directory lists them in', () => {
    const plan = planMigrations(
      ['20240102000000_second.sql', '20231231235959_first.sql', '20240103000000_third.sql'],
      [],
    );
    expect(plan.map((migration) => migration.name)).toEqual(['first', 'second', 'third']);
  });

  it('leaves out the migrations already applied', () => {
    const plan = planMigrations(['20240101000000_a.sql', '20240102000000_b.sql'], ['20240101000000']);
    expect(plan).toEqual([{ version: '20240102000000', name: 'b', file: '20240102000000_b.sql' }]);
  });

  it('ignores files that are not SQL', () => {
    expect(planMigrations(['README.md', '20240101000000_a.sql'], [])).toHaveLength(1);
  });

  it('refuses a file name the Supabase CLI would not apply', () => {
    expect(() => planMigrations(['2024_a.sql'], [])).toThrow(/2024_a\.sql does not match/);
  });

  it('refuses two migrations with the same version', () => {
    expect(() => planMigrations(['20240101000000_a.sql', '20240101000000_b.sql'], [])).toThrow(/share version 20240101000000/);
  });
});

describe('applyMigrations', () => {
  let db: PGlite;
  let directory: string;

  beforeEach(async () => {
    db = await PGlite.create();
    await db.exec('create schema supabase_migrations; create table supabase_migrations.schema_migrations (version text primary key, statements text[], name text);');
    directory = await mkdtemp(path.join(tmpdir(), 'tura-migrations-'));
  });

  afterEach(async () => {
    await db.close();
    await rm(directory, { recursive: true, force: true });
  });

  const tables = async () =>
    (await db.query<{ name: string }>("select tablename as name from pg_tables where schemaname = 'public' order by 1")).rows.map((row) => row.name);
  const recorded = async () =>
    (await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations order by 1')).rows.map((row) => row.version);

  it('applies each migration once and records it', async () => {
    await writeFile(path.join(directory, '20240101000000_create_a.sql'), 'create table a (id int);');
    await writeFile(path.join(directory, '20240102000000_create_b.sql'), 'create table b (id int); insert into b values (1);');

    expect((await applyMigrations(pgliteExecutor(db), directory)).map((m) => m.file)).toHaveLength(2);
    expect(await applyMigrations(pgliteExecutor(db), directory)).toEqual([]);
    expect(await tables()).toEqual(['a', 'b']);
    expect(await recorded()).toEqual(['20240101000000', '20240102000000']);
  });

  it('stops at a broken migration with its file name and the database error, and leaves none of it behind', async () => {
    await writeFile(path.join(directory, '20240101000000_create_a.sql'), 'create table a (id int);');
    await writeFile(path.join(directory, '20240102000000_broken.sql'), 'create table b (id int);\ninsert into missing_table values (1);');
    await writeFile(path.join(directory, '20240103000000_create_c.sql'), 'create table c (id int);');

    const failure = await applyMigrations(pgliteExecutor(db), directory).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).file).toBe('20240102000000_broken.sql');
    expect((failure as Error).message).toMatch(/20240102000000_broken\.sql.*relation "missing_table" does not exist/);
    expect(await tables()).toEqual(['a']);
    expect(await recorded()).toEqual(['20240101000000']);
  });
});
