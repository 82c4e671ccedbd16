/**
 * `npm run dev`, `npm run start:local`, `npm run db:reset`, `npm run db:backup` and `npm run
 * db:restore`: the whole app on this machine, on the embedded database (PGlite, kept in
 * supabase/.pglite) or on the PostgreSQL named by DATABASE_URL.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { backupEmbedded, BackupError, backupExternal, restoreEmbedded, restoreExternal } from './backup';
import { banner, plural } from './banner';
import { appEnv } from './app-env';
import { killOnExit, waitForHttp } from './children';
import { openEmbeddedDatabase, openExternalDatabase } from './database';
import { startDevFront } from './dev-front';
import { appHost, httpUrl, LOOPBACK, reachableHosts } from './hosts';
import { assertPortFree, freePort } from './ports';
import { PROJECT_ROOT, prepareDatabase } from './prepare';
import { loadLocalSecrets, localSecretsFile } from './secrets';
import { startStack, type StackPorts } from './stack';

const command = process.argv[2];
const inMemory = process.argv.includes('--memory');
const force = process.argv.includes('--force');
const dataDir = path.resolve(PROJECT_ROOT, process.env.TURA_DATA_DIR ?? 'supabase/.pglite');
const databaseUrl = process.env.DATABASE_URL || undefined;
// Where the stack's keys and the session secret are kept: beside the data, or where TURA_SECRETS_FILE
// says (the browser tests' in-memory stack, whose keys the tests need); nowhere for an in-memory stack.
const secretsFile = process.env.TURA_SECRETS_FILE
  ? path.resolve(PROJECT_ROOT, process.env.TURA_SECRETS_FILE)
  : inMemory
    ? undefined
    : localSecretsFile({ projectRoot: PROJECT_ROOT, dataDir, databaseUrl });
const appPort = Number(process.env.PORT ?? 3000);
const host = appHost();
const ports: StackPorts = {
  api: Number(process.env.TURA_API_PORT ?? 54321),
  database: Number(process.env.TURA_DB_PORT ?? 54322),
  postgrest: Number(process.env.TURA_POSTGREST_PORT ?? 54323),
  postgrestAdmin: Number(process.env.TURA_POSTGREST_ADMIN_PORT ?? 54324),
};

async function run(nextCommand: 'dev' | 'start'): Promise<void> {
  const started = performance.now();
  await assertPortFree(appPort, 'the web app', 'PORT');
  // `next dev` serves the outbox page, which must know each request's real address: it listens on
  // 127.0.0.1 only, and when TURA_HOST opens the app, a front on that host passes requests to it.
  const behindFront = nextCommand === 'dev' && host !== LOOPBACK;
  const nextPort = behindFront ? await freePort() : appPort;
  const front = behindFront ? await startDevFront({ host, port: appPort, nextPort }) : undefined;
  const secrets = await loadLocalSecrets(secretsFile);
  const stack = await startStack({ databaseUrl, dataDir: inMemory ? undefined : dataDir, ports, secrets });

  const urls = reachableHosts(host).map((name) => httpUrl(name, appPort));
  const hostname = nextCommand === 'dev' || host === LOOPBACK ? 'localhost' : host;
  const next = killOnExit(
    // `next dev`, or the production server: Next.js behind the public page cache (lib/runtime/server.ts).
    spawn(
      path.join(PROJECT_ROOT, 'node_modules/.bin', nextCommand === 'dev' ? 'next' : 'tsx'),
      [...(nextCommand === 'dev' ? ['dev'] : ['lib/runtime/server.ts']), '--hostname', hostname, '--port', String(nextPort)],
      {
        cwd: PROJECT_ROOT,
        env: appEnv(nextCommand, urls[0]!, stack.env, secrets),
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    ),
  );

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next.once('exit', resolve));
      next.kill('SIGTERM');
      await exited;
    }
    await front?.stop();
    await stack.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  process.on('SIGHUP', () => void shutdown(0));
  next.on('exit', (code) => void shutdown(code ?? 0));

  const nextUrl = behindFront ? httpUrl(LOOPBACK, nextPort) : urls[0]!;
  if (!(await waitForHttp(nextUrl, next))) return; // Next.js failed: its own output says why, and shutdown runs.
  console.log(
    banner({
      nextCommand,
      urls,
      host,
      nextUrl: behindFront ? nextUrl : undefined,
      database: stack.embedded ? (inMemory ? 'embedded, in memory' : `embedded (${path.relative(PROJECT_ROOT, dataDir)})`) : 'DATABASE_URL',
      stack,
      startedMs: performance.now() - started,
    }),
  );
}

/** Starts over: an empty database with every migration and the seed applied. */
async function reset(): Promise<void> {
  if (databaseUrl) {
    const database = await openExternalDatabase(databaseUrl);
    await database.sql.exec('drop schema if exists app, audit, next_auth, supabase_migrations cascade; drop schema if exists public cascade; create schema public;');
    const prepared = await prepareDatabase(database.sql);
    await database.close();
    console.log(`Database at DATABASE_URL reset: ${plural(prepared.applied.length, 'migration')} applied, demo data seeded.`);
    return;
  }
  await rm(dataDir, { recursive: true, force: true });
  await assertPortFree(ports.database, 'embedded database', 'TURA_DB_PORT');
  const database = await openEmbeddedDatabase({ dataDir, port: ports.database });
  const prepared = await prepareDatabase(database.sql);
  await database.close();
  console.log(`Embedded database reset: ${plural(prepared.applied.length, 'migration')} applied, demo data seeded.`);
}

/** The file named after `backup` or `restore`, relative to where npm was run. */
function backupFile(): string {
  const file = process.argv[3];
  if (!file || file.startsWith('--')) {
    throw new BackupError(
      `Podaj plik kopii: npm run db:${command} -- <plik>${command === 'restore' ? ' [--force]' : ''}.`,
      `Name the backup file: npm run db:${command} -- <file>${command === 'restore' ? ' [--force]' : ''}.`,
    );
  }
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}

/** A copy of the whole database in one file; refuses to overwrite a file unless --force. */
async function backup(): Promise<void> {
  const file = backupFile();
  const written = databaseUrl
    ? await backupExternal({ databaseUrl, file, force })
    : await backupEmbedded({ dataDir, port: ports.database, file, force });
  const size = `${(written.bytes / 1e6).toFixed(1)} MB`;
  console.log(`Kopia bazy zapisana w ${written.file} (${size}).\nDatabase backed up to ${written.file} (${size}).`);
}

/** The database replaced by a backup's; refuses to replace one that has data unless --force. */
async function restore(): Promise<void> {
  const file = backupFile();
  const restored = databaseUrl
    ? await restoreExternal({ databaseUrl, file, force })
    : await restoreEmbedded({ dataDir, port: ports.database, file, force });
  console.log(
    `Baza odtworzona z ${file} (migracji w historii: ${restored.migrations}); nowsze migracje zastosuje następny start.\n` +
      `Database restored from ${file} (${plural(restored.migrations, 'migration')} in its history); the next start applies any newer ones.`,
  );
}

const commands: Record<string, () => Promise<void>> = {
  dev: () => run('dev'),
  start: () => run('start'),
  reset,
  backup,
  restore,
};

const selected = command ? commands[command] : undefined;
if (!selected) {
  console.error(`Usage: tsx lib/local-stack/cli.ts ${Object.keys(commands).join('|')} [--memory] [<backup file> [--force]]`);
  process.exit(2);
}
selected().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const failure = command === 'backup' ? 'No backup was made' : command === 'restore' ? 'Nothing was restored' : 'Tura could not start';
  console.error(`\n  ${error instanceof BackupError ? message : `${failure}: ${message}`}\n`);
  process.exit(1);
});
