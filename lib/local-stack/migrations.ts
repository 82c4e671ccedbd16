import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SqlExecutor } from './sql';

/** `<timestamp>_<name>.sql`, the file names the Supabase CLI accepts. */
const MIGRATION_FILE = /^(\d{14})_([a-z0-9_]+)\.sql$/;

export interface MigrationFile {
  version: string;
  name: string;
  file: string;
}

export class MigrationError extends Error {
  constructor(
    readonly file: string,
    readonly cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Migration ${file} failed, nothing of it was applied: ${reason}`);
    this.name = 'MigrationError';
  }
}

/**
 * Which migrations still have to run, in the order they must run. Refuses names the Supabase
 * CLI would not apply and two files with the same version, so both tools see the same history.
 */
export function planMigrations(files: readonly string[], appliedVersions: readonly string[]): MigrationFile[] {
  const migrations = files
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = MIGRATION_FILE.exec(file);
      if (!match) throw new Error(`Migration file name ${file} does not match <14-digit timestamp>_<name>.sql`);
      return { version: match[1]!, name: match[2]!, file };
    })
    .sort((a, b) => a.version.localeCompare(b.version));
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`Migrations ${migrations[i - 1]!.file} and ${migrations[i]!.file} share version ${migrations[i]!.version}`);
    }
  }
  const applied = new Set(appliedVersions);
  return migrations.filter((migration) => !applied.has(migration.version));
}

/**
 * Applies each pending migration once, in its own transaction together with its record in
 * supabase_migrations.schema_migrations (where the Supabase CLI keeps them). A failing migration
 * stops the run with its file name and the database error, and leaves nothing of itself behind.
 */
export async function applyMigrations(db: SqlExecutor, directory: string): Promise<MigrationFile[]> {
  const applied = await db.query<{ version: string }>('select version from supabase_migrations.schema_migrations');
  const pending = planMigrations(
    await readdir(directory),
    applied.map((row) => row.version),
  );
  for (const migration of pending) {
    const sql = await readFile(path.join(directory, migration.file), 'utf8');
    try {
      await db.transaction(async (tx) => {
        await tx.exec(sql);
        await tx.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
          migration.version,
          migration.name,
          [sql],
        ]);
      });
    } catch (error) {
      throw new MigrationError(migration.file, error);
    }
  }
  return pending;
}
