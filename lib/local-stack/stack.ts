import { signApiToken } from '@/lib/supabase/jwt';
import { startApiGateway } from './api-gateway';
import { openEmbeddedDatabase, openExternalDatabase, type LocalDatabase } from './database';
import { assertPortFree } from './ports';
import { startPostgrest } from './postgrest';
import { prepareDatabase, type PreparedDatabase } from './prepare';

/** The local development secret. Hosted Supabase projects have their own; never use this one there. */
export const LOCAL_JWT_SECRET = 'tura-local-development-jwt-secret-do-not-use-in-production';
/** The schemas PostgREST serves, as `api.schemas` in supabase/config.toml does for the Supabase CLI. */
export const EXPOSED_SCHEMAS = ['public', 'next_auth'] as const;
/** The API keys of the local stack last ten years, like the Supabase CLI's. */
const KEY_TTL_SECONDS = 10 * 365 * 24 * 3600;

export interface StackPorts {
  api: number;
  database: number;
  postgrest: number;
  postgrestAdmin: number;
}

export interface StackOptions {
  /** A real PostgreSQL to use instead of the embedded one. */
  databaseUrl?: string;
  /** Where the embedded database keeps its files; in memory when absent. */
  dataDir?: string;
  ports: StackPorts;
  jwtSecret?: string;
}

/** What the app needs to reach the stack: the same variables as for a hosted Supabase project. */
export interface SupabaseEnv {
  SUPABASE_URL: string;
  SUPABASE_ANON_KEY: string;
  SUPABASE_SERVICE_ROLE_KEY: string;
  SUPABASE_JWT_SECRET: string;
}

export interface RunningStack {
  env: SupabaseEnv;
  databaseUrl: string;
  embedded: boolean;
  prepared: PreparedDatabase;
  /** Milliseconds each part took to start. */
  timings: Record<'database' | 'migrations' | 'postgrest', number>;
  stop(): Promise<void>;
}

const PORT_NAMES: Record<keyof StackPorts, [string, string]> = {
  api: ['local Supabase API', 'TURA_API_PORT'],
  database: ['embedded database', 'TURA_DB_PORT'],
  postgrest: ['PostgREST', 'TURA_POSTGREST_PORT'],
  postgrestAdmin: ['PostgREST health checks', 'TURA_POSTGREST_ADMIN_PORT'],
};

/** Starts the database, applies migrations (and the seed on first run), PostgREST and its `/rest/v1` gateway. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { ports } = options;
  const needed = (Object.keys(PORT_NAMES) as (keyof StackPorts)[]).filter((name) => name !== 'database' || !options.databaseUrl);
  for (const name of needed) await assertPortFree(ports[name], ...PORT_NAMES[name]);

  const jwtSecret = options.jwtSecret ?? LOCAL_JWT_SECRET;
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  const clock = () => {
    const started = performance.now();
    return () => Math.round(performance.now() - started);
  };

  try {
    let elapsed = clock();
    const database: LocalDatabase = options.databaseUrl
      ? await openExternalDatabase(options.databaseUrl)
      : await openEmbeddedDatabase({ dataDir: options.dataDir, port: ports.database });
    stops.push(() => database.close());
    const databaseMs = elapsed();

    elapsed = clock();
    const prepared = await prepareDatabase(database.sql);
    const migrationsMs = elapsed();

    elapsed = clock();
    const postgrest = await startPostgrest({
      databaseUrl: database.url,
      embedded: database.embedded,
      port: ports.postgrest,
      adminPort: ports.postgrestAdmin,
      jwtSecret,
      schemas: EXPOSED_SCHEMAS,
    });
    stops.push(() => postgrest.stop());
    const gateway = await startApiGateway({ port: ports.api, postgrestPort: ports.postgrest });
    stops.push(() => gateway.stop());
    const postgrestMs = elapsed();

    return {
      env: {
        SUPABASE_URL: `http://127.0.0.1:${ports.api}`,
        SUPABASE_ANON_KEY: await signApiToken({ role: 'anon' }, jwtSecret, KEY_TTL_SECONDS),
        SUPABASE_SERVICE_ROLE_KEY: await signApiToken({ role: 'service_role' }, jwtSecret, KEY_TTL_SECONDS),
        SUPABASE_JWT_SECRET: jwtSecret,
      },
      databaseUrl: database.url,
      embedded: database.embedded,
      prepared,
      timings: { database: databaseMs, migrations: migrationsMs, postgrest: postgrestMs },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
