/**
 * `npm run db:backup -- <file>` and `npm run db:restore -- <file> [--force]`, for both backends.
 *
 * The embedded database is copied whole: PGlite's data directory as a gzipped tarball
 * (`dumpDataDir`), which holds everything a PostgreSQL cluster does (roles, grants, policies,
 * functions, the audit log, the migration history) and loads back as it was. A PostgreSQL named by
 * DATABASE_URL is dumped by the machine's `pg_dump` as an SQL script and loaded by `psql` in one
 * transaction, after the API roles, which a dump of one database never holds.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { createPglite } from './database';
import { assertPortFree, PortInUseError } from './ports';
import { ROLES } from './prepare';

/** A refusal or a failure the person at the terminal can act on: one sentence in Polish, then in English. */
export class BackupError extends Error {
  constructor(polish: string, english: string) {
    super(`${polish}\n  ${english}`);
    this.name = 'BackupError';
  }
}

export interface BackupResult {
  file: string;
  bytes: number;
}

export interface RestoreResult {
  /** Migrations in the restored history: later ones apply at the next start. */
  migrations: number;
}

const GZIP = Buffer.from([0x1f, 0x8b]);
const SQL_DUMP = '--\n-- PostgreSQL database dump';

/** Writes through `partial` and renames it to `file` only once `write` succeeded: never half a backup under the name. */
async function writeWhole(file: string, force: boolean, write: (partial: string) => Promise<void>): Promise<BackupResult> {
  if (!force && existsSync(file)) {
    throw new BackupError(
      `Plik ${file} już istnieje: podaj inną nazwę albo dodaj --force, żeby go zastąpić.`,
      `${file} already exists: choose another name, or add --force to replace it.`,
    );
  }
  const partial = `${file}.partial-${process.pid}`;
  try {
    await write(partial);
    await rename(partial, file);
  } finally {
    await rm(partial, { force: true });
  }
  return { file, bytes: (await stat(file)).size };
}

async function readBackup(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch {
    throw new BackupError(`Nie można odczytać pliku ${file}.`, `Cannot read ${file}.`);
  }
}

// ---------------------------------------------------------------------------------------------
// The embedded database

/** PGlite has no lock of its own: two processes on one data directory would corrupt it. */
async function assertEmbeddedNotInUse(port: number): Promise<void> {
  try {
    await assertPortFree(port, 'embedded database', 'TURA_DB_PORT');
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    throw new BackupError(
      `Port bazy wbudowanej ${port} jest zajęty, zapewne przez działające \`npm run dev\`: zatrzymaj je (Ctrl-C) i spróbuj ponownie.`,
      `The embedded database's port ${port} is taken, most likely by a running \`npm run dev\`: stop it (Ctrl-C) and try again.`,
    );
  }
}

const hasDatabase = (dataDir: string) => existsSync(path.join(dataDir, 'PG_VERSION'));

export async function backupEmbedded(options: { dataDir: string; port: number; file: string; force: boolean }): Promise<BackupResult> {
  await assertEmbeddedNotInUse(options.port);
  if (!hasDatabase(options.dataDir)) {
    throw new BackupError(
      `W ${options.dataDir} nie ma bazy danych: nie ma czego skopiować.`,
      `There is no database in ${options.dataDir}: nothing to back up.`,
    );
  }
  return writeWhole(options.file, options.force, async (partial) => {
    const db = await createPglite(options.dataDir);
    try {
      // Everything on disk, so that the copy needs no recovery when it is loaded.
      await db.exec('checkpoint');
      const tarball = await db.dumpDataDir('gzip');
      await writeFile(partial, Buffer.from(await tarball.arrayBuffer()));
    } finally {
      await db.close();
    }
  });
}

/**
 * Loads the copy into a directory beside `dataDir`, checks that it opens as Tura's database, and
 * only then puts it in the place of the old one: a failure leaves the old database as it was.
 */
export async function restoreEmbedded(options: { dataDir: string; port: number; file: string; force: boolean }): Promise<RestoreResult> {
  const { dataDir } = options;
  await assertEmbeddedNotInUse(options.port);
  const backup = await readBackup(options.file);
  if (!backup.subarray(0, 2).equals(GZIP)) {
    throw new BackupError(
      `${options.file} nie jest kopią bazy wbudowanej (z \`npm run db:backup\` bez DATABASE_URL); kopię z pg_dump odtwarza się z ustawionym DATABASE_URL.`,
      `${options.file} is not a backup of the embedded database (made by \`npm run db:backup\` without DATABASE_URL); restore a pg_dump script with DATABASE_URL set.`,
    );
  }
  if (hasDatabase(dataDir) && !options.force) {
    throw new BackupError(
      `W ${dataDir} jest już baza danych: odtworzenie zastąpi ją całą. Jeśli tego chcesz, dodaj --force (npm run db:restore -- ${options.file} --force).`,
      `${dataDir} already holds a database, which the restore would replace whole. If that is what you want, add --force.`,
    );
  }
  const incoming = `${dataDir}.restoring`;
  const replaced = `${dataDir}.replaced`;
  await rm(incoming, { recursive: true, force: true });
  let migrations: number;
  try {
    const db = await createPglite(incoming, new Blob([new Uint8Array(backup)]));
    try {
      [{ migrations }] = (await db.query<{ migrations: number }>('select count(*)::int as migrations from supabase_migrations.schema_migrations')).rows as [
        { migrations: number },
      ];
    } finally {
      await db.close();
    }
  } catch {
    await rm(incoming, { recursive: true, force: true });
    throw new BackupError(
      `${options.file} nie daje się odczytać jako kopia bazy Tury; baza w ${dataDir} została bez zmian.`,
      `${options.file} does not load as a backup of Tura's database; the database in ${dataDir} is unchanged.`,
    );
  }
  await rm(replaced, { recursive: true, force: true });
  if (existsSync(dataDir)) await rename(dataDir, replaced);
  await rename(incoming, dataDir);
  await rm(replaced, { recursive: true, force: true });
  return { migrations };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL at DATABASE_URL

/** Runs `pg_dump` or `psql`, its errors on the terminal as it prints them. */
function runClientTool(tool: 'pg_dump' | 'psql', args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      // Errors and warnings only: not the notices of every object `--force` drops.
      env: { ...process.env, PGOPTIONS: [process.env.PGOPTIONS, '-c client_min_messages=warning'].filter(Boolean).join(' ') },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new BackupError(
              `Brak programu ${tool}: zainstaluj narzędzia klienckie PostgreSQL w wersji serwera lub nowszej (np. \`apt install postgresql-client\`).`,
              `${tool} is missing: install the PostgreSQL client tools, of the server's version or newer (e.g. \`apt install postgresql-client\`).`,
            )
          : error,
      );
    });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new ToolFailed(tool))));
  });
}

class ToolFailed extends Error {
  constructor(readonly tool: string) {
    super(`${tool} failed`);
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function backupExternal(options: { databaseUrl: string; file: string; force: boolean }): Promise<BackupResult> {
  return writeWhole(options.file, options.force, async (partial) => {
    try {
      await runClientTool('pg_dump', ['--no-password', '--dbname', options.databaseUrl, '--file', partial]);
    } catch (error) {
      if (!(error instanceof ToolFailed)) throw error;
      throw new BackupError('pg_dump zakończył się błędem (powyżej); kopia nie powstała.', 'pg_dump failed (above); no backup was written.');
    }
  });
}

/** Tables outside PostgreSQL's own schemas: a database with any is not empty. */
const USER_TABLES = `
  select count(*)::int as tables from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
   where c.relkind in ('r', 'p') and n.nspname <> 'information_schema' and n.nspname not like 'pg\\_%'`;

/**
 * What `--force` removes before the dump is loaded, in the same transaction: every schema but
 * PostgreSQL's own, and the public schema made again as a new database has it, since the dump
 * records only how it differs from that.
 */
const EMPTY_DATABASE = `
  do $$
  declare
    doomed text;
  begin
    for doomed in select nspname from pg_catalog.pg_namespace
                 where nspname not in ('public', 'information_schema') and nspname not like 'pg\\_%' loop
      execute format('drop schema %I cascade', doomed);
    end loop;
  end
  $$;
  drop schema public cascade;
  create schema public;
  alter schema public owner to pg_database_owner;
  grant usage on schema public to public;
  comment on schema public is 'standard public schema';`;

export async function restoreExternal(options: { databaseUrl: string; file: string; force: boolean }): Promise<RestoreResult> {
  const head = (await readBackup(options.file)).subarray(0, SQL_DUMP.length).toString('utf8');
  if (head !== SQL_DUMP) {
    throw new BackupError(
      `${options.file} nie jest skryptem z pg_dump (z \`npm run db:backup\` z ustawionym DATABASE_URL); kopię bazy wbudowanej odtwarza się bez DATABASE_URL.`,
      `${options.file} is not a pg_dump script (made by \`npm run db:backup\` with DATABASE_URL set); restore a backup of the embedded database without DATABASE_URL.`,
    );
  }
  const [{ tables }] = (await withClient(options.databaseUrl, async (client) => (await client.query(USER_TABLES)).rows)) as [{ tables: number }];
  if (tables > 0 && !options.force) {
    throw new BackupError(
      `Baza pod DATABASE_URL nie jest pusta (tabel: ${tables}): odtworzenie zastąpi ją całą. Jeśli tego chcesz, dodaj --force (npm run db:restore -- ${options.file} --force).`,
      `The database at DATABASE_URL is not empty (${tables} tables), and the restore would replace it whole. If that is what you want, add --force.`,
    );
  }
  try {
    // One transaction: the roles, the emptying (with --force) and the dump, or nothing at all.
    await runClientTool('psql', [
      '--no-psqlrc',
      '--no-password',
      '--quiet',
      '--single-transaction',
      '--set',
      'ON_ERROR_STOP=1',
      '--dbname',
      options.databaseUrl,
      '--file',
      ROLES,
      ...(tables > 0 ? ['--command', EMPTY_DATABASE] : []),
      '--file',
      options.file,
    ]);
  } catch (error) {
    if (!(error instanceof ToolFailed)) throw error;
    throw new BackupError(
      'psql zakończył się błędem (powyżej); nic nie zostało odtworzone, baza jest taka jak przedtem.',
      'psql failed (above); nothing was restored, the database is as it was.',
    );
  }
  const [{ migrations }] = (await withClient(
    options.databaseUrl,
    async (client) => (await client.query('select count(*)::int as migrations from supabase_migrations.schema_migrations')).rows,
  )) as [{ migrations: number }];
  return { migrations };
}
