import { startApiGateway } from './api-gateway';
import { openEmbeddedDatabase, openExternalDatabase, type LocalDatabase } from './database';
import { assertPortFree } from './ports';
import { startPostgrest, type RunningPostgrest } from './postgrest';
import { prepareDatabase, type PreparedDatabase } from './prepare';
import { projectKeys, verificationKeySet, type ProjectSecrets } from './project-keys';
import { loadLocalSecrets } from './secrets';

/** The schemas PostgREST serves, as `api.schemas` in supabase/config.toml does for the Supabase CLI. */
export const EXPOSED_SCHEMAS = ['public', 'next_auth'] as const;

/**
 * How PostgREST logs in. On PostgreSQL as `authenticator`, as on Supabase: a role that can become
 * anon, authenticated or service_role and nothing else, never the superuser. It gets DATABASE_URL's
 * password, if there is one, so that it connects wherever that URL does. PGlite has one user, the
 * superuser: there the gateway is the guard.
 */
async function postgrestLogin(database: LocalDatabase): Promise<string> {
  if (database.embedded) return database.url;
  const url = new URL(database.url);
  if (url.password) {
    const [{ statement }] = (await database.sql.query<{ statement: string }>("select format('alter role authenticator password %L', $1::text) as statement", [
      decodeURIComponent(url.password),
    ])) as [{ statement: string }];
    await database.sql.exec(statement);
  }
  url.username = 'authenticator';
  return url.toString();
}

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
  /** The project's keys (kept with the local data by lib/local-stack/secrets.ts); fresh ones when absent. */
  secrets?: ProjectSecrets;
}

/** What the app needs to reach the stack: the same variables as for a hosted Supabase project that rotated to its own signing key. */
export interface SupabaseEnv {
  SUPABASE_URL: string;
  SUPABASE_PUBLISHABLE_KEY: string;
  SUPABASE_SECRET_KEY: string;
  /** The private JWK, as JSON. */
  SUPABASE_JWT_SIGNING_KEY: string;
}

/** What a project that has not rotated yet would give the app instead: the legacy JWT secret and API keys, which the stack still accepts. */
export interface LegacySupabaseEnv {
  SUPABASE_JWT_SECRET: string;
  /** The legacy `anon` key. */
  SUPABASE_PUBLISHABLE_KEY: string;
  /** The legacy `service_role` key. */
  SUPABASE_SECRET_KEY: string;
}

/** What the app needs to reach the local project whose API gateway listens on `apiPort`, as a hosted project's settings would give it. */
export function supabaseEnv(apiPort: number, secrets: ProjectSecrets): SupabaseEnv {
  return {
    SUPABASE_URL: `http://127.0.0.1:${apiPort}`,
    SUPABASE_PUBLISHABLE_KEY: secrets.SUPABASE_PUBLISHABLE_KEY,
    SUPABASE_SECRET_KEY: secrets.SUPABASE_SECRET_KEY,
    // As the file keeps it, the way `supabase gen signing-key` prints it.
    SUPABASE_JWT_SIGNING_KEY: JSON.stringify(secrets.SUPABASE_JWT_SIGNING_KEY),
  };
}

export interface RunningStack {
  env: SupabaseEnv;
  legacyEnv: LegacySupabaseEnv;
  databaseUrl: string;
  /** PostgREST itself, behind the gateway: for tests that prove what the database refuses on its own. */
  postgrestUrl: string;
  embedded: boolean;
  prepared: PreparedDatabase;
  /** Milliseconds each part took to start. */
  timings: Record<'database' | 'migrations' | 'postgrest', number>;
  /**
   * PostgREST alone, while the rest runs on: for tests of the app while its API is down (the
   * gateway then answers 502, as Supabase's does) and after it comes back.
   */
  postgrest: { stop(): Promise<void>; start(): Promise<void> };
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

  const secrets = options.secrets ?? (await loadLocalSecrets(undefined));
  const keys = await projectKeys(secrets);
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
    const postgrestOptions = {
      databaseUrl: await postgrestLogin(database),
      embedded: database.embedded,
      port: ports.postgrest,
      adminPort: ports.postgrestAdmin,
      jwks: verificationKeySet(keys),
      schemas: EXPOSED_SCHEMAS,
    };
    let postgrest: RunningPostgrest | undefined = await startPostgrest(postgrestOptions);
    const postgrestControl = {
      async stop() {
        await postgrest?.stop();
        postgrest = undefined;
      },
      async start() {
        postgrest ??= await startPostgrest(postgrestOptions);
      },
    };
    stops.push(() => postgrestControl.stop());
    const gateway = await startApiGateway({ port: ports.api, postgrestPort: ports.postgrest, keys });
    stops.push(() => gateway.stop());
    const postgrestMs = elapsed();

    return {
      env: supabaseEnv(ports.api, secrets),
      legacyEnv: {
        SUPABASE_JWT_SECRET: keys.legacyJwtSecret,
        SUPABASE_PUBLISHABLE_KEY: keys.legacyAnonKey,
        SUPABASE_SECRET_KEY: keys.legacyServiceRoleKey,
      },
      databaseUrl: database.url,
      postgrestUrl: `http://127.0.0.1:${ports.postgrest}`,
      embedded: database.embedded,
      prepared,
      timings: { database: databaseMs, migrations: migrationsMs, postgrest: postgrestMs },
      postgrest: postgrestControl,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
