import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { pgExecutor, pgliteExecutor, type SqlExecutor } from './sql';

export interface LocalDatabase {
  /** Connection string for PostgREST and other clients. */
  url: string;
  embedded: boolean;
  /** A connection for set-up work (migrations, seed), as the superuser. */
  sql: SqlExecutor;
  close(): Promise<void>;
}

/**
 * PGlite with the contrib extensions our migrations create (Supabase and Debian's PostgreSQL have
 * them built in), on `dataDir` or in memory; `loadDataDir` fills an empty `dataDir` from a backup
 * (`dumpDataDir`, lib/local-stack/backup.ts).
 */
export function createPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  return PGlite.create(dataDir ?? 'memory://', { extensions: { btree_gist }, ...(loadDataDir ? { loadDataDir } : {}) });
}

/**
 * PGlite served over the Postgres wire protocol. `dataDir` keeps the data between starts;
 * without it the database lives in memory (tests).
 */
export async function openEmbeddedDatabase(options: { dataDir?: string; port: number }): Promise<LocalDatabase> {
  const db = await createPglite(options.dataDir);
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: options.port, maxConnections: 50 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${options.port}/postgres`,
    embedded: true,
    sql: pgliteExecutor(db),
    async close() {
      await server.stop();
      await db.close();
    },
  };
}

/** A real PostgreSQL server, named by `DATABASE_URL`. */
export async function openExternalDatabase(url: string): Promise<LocalDatabase> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    url,
    embedded: false,
    sql: pgExecutor(client),
    close: () => client.end(),
  };
}
