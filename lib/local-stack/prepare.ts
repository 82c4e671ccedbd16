import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyMigrations, type MigrationFile } from './migrations';
import type { SqlExecutor } from './sql';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = path.resolve(here, '../..');
/** The API roles, which a restore also needs first (lib/local-stack/backup.ts). */
export const ROLES = path.join(here, 'roles.sql');
const BOOTSTRAP = path.join(here, 'bootstrap.sql');
const MIGRATIONS = path.join(PROJECT_ROOT, 'supabase/migrations');
const SEED = path.join(PROJECT_ROOT, 'supabase/seed.sql');

export interface PreparedDatabase {
  applied: MigrationFile[];
  seeded: boolean;
}

/**
 * Brings a database to the current schema: what Supabase itself provides (roles, bootstrap), then every
 * pending migration, then, on a database that had none applied yet, the demo seed.
 */
export async function prepareDatabase(sql: SqlExecutor): Promise<PreparedDatabase> {
  await sql.exec(await readFile(ROLES, 'utf8'));
  await sql.exec(await readFile(BOOTSTRAP, 'utf8'));
  const [{ count }] = (await sql.query<{ count: number }>(
    'select count(*)::int as count from supabase_migrations.schema_migrations',
  )) as [{ count: number }];
  const applied = await applyMigrations(sql, MIGRATIONS);
  const seeded = count === 0 && applied.length > 0;
  if (seeded) {
    const seed = await readFile(SEED, 'utf8');
    await sql.transaction((tx) => tx.exec(seed));
  }
  return { applied, seeded };
}
