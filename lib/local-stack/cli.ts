/**
 * `npm run dev`, `npm run start:local` and `npm run db:reset`: the whole app on this machine, on
 * the embedded database (PGlite, kept in supabase/.pglite) or on the PostgreSQL named by DATABASE_URL.
 */
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo';
import { killOnExit } from './children';
import { openEmbeddedDatabase, openExternalDatabase } from './database';
import { startDevFront } from './dev-front';
import { appHost, httpUrl, LOOPBACK, reachableHosts } from './hosts';
import { assertPortFree, freePort } from './ports';
import { PROJECT_ROOT, prepareDatabase } from './prepare';
import { startStack, type StackPorts } from './stack';

const command = process.argv[2];
const inMemory = process.argv.includes('--memory');
const dataDir = path.resolve(PROJECT_ROOT, process.env.TURA_DATA_DIR ?? 'supabase/.pglite');
const databaseUrl = process.env.DATABASE_URL || undefined;
const appPort = Number(process.env.PORT ?? 3000);
const host = appHost();
const ports: StackPorts = {
  api: Number(process.env.TURA_API_PORT ?? 54321),
  database: Number(process.env.TURA_DB_PORT ?? 54322),
  postgrest: Number(process.env.TURA_POSTGREST_PORT ?? 54323),
  postgrestAdmin: Number(process.env.TURA_POSTGREST_ADMIN_PORT ?? 54324),
};

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** The session secret of local and demo mode; a real deployment sets its own AUTH_SECRET. */
const LOCAL_AUTH_SECRET = 'tura-local-auth-secret-not-for-production-use';
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Whether `url` answered before `child` (which serves it) exited. */
async function waitForHttp(url: string, child: { exitCode: number | null }): Promise<boolean> {
  for (;;) {
    if (child.exitCode !== null) return false;
    try {
      await fetch(url, { redirect: 'manual' });
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function run(nextCommand: 'dev' | 'start'): Promise<void> {
  const started = performance.now();
  await assertPortFree(appPort, 'the web app', 'PORT');
  // `next dev` serves the outbox page, which must know each request's real address: it listens on
  // 127.0.0.1 only, and when TURA_HOST opens the app, a front on that host passes requests to it.
  const behindFront = nextCommand === 'dev' && host !== LOOPBACK;
  const nextPort = behindFront ? await freePort() : appPort;
  const front = behindFront ? await startDevFront({ host, port: appPort, nextPort }) : undefined;
  const stack = await startStack({ databaseUrl, dataDir: inMemory ? undefined : dataDir, ports });

  const urls = reachableHosts(host).map((name) => httpUrl(name, appPort));
  const url = urls[0]!;
  // How this machine reaches the app as itself (the outbox answers no one else).
  const localUrl = urls.includes(httpUrl('localhost', appPort)) ? httpUrl('localhost', appPort) : httpUrl(LOOPBACK, nextPort);
  const next = killOnExit(
    spawn(
      path.join(PROJECT_ROOT, 'node_modules/.bin/next'),
      [nextCommand, '--hostname', nextCommand === 'dev' || host === LOOPBACK ? 'localhost' : host, '--port', String(nextPort)],
      {
        cwd: PROJECT_ROOT,
        env: {
          NEXT_TELEMETRY_DISABLED: '1',
          // Local and demo mode: demo accounts, a fixed session secret, the outbox page (under `next dev` only).
          AUTH_SECRET: LOCAL_AUTH_SECRET,
          AUTH_TRUST_HOST: 'true',
          AUTH_DEMO_LOGIN: '1',
          ...(nextCommand === 'start' ? { AUTH_DEMO_LOGIN_IN_PRODUCTION: '1' } : {}),
          APP_URL: url,
          ...process.env,
          // Next.js started with `--hostname 127.0.0.1` turns the locale middleware's rewrites into
          // redirect loops (vercel/next.js#94745), so it gets `localhost`, resolved to 127.0.0.1 first.
          NODE_OPTIONS: [process.env.NODE_OPTIONS, '--dns-result-order=ipv4first'].filter(Boolean).join(' '),
          ...stack.env,
          TURA_LOCAL_STACK: '1',
        },
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

  if (!(await waitForHttp(behindFront ? httpUrl(LOOPBACK, nextPort) : url, next))) return; // Next.js failed: its own output says why, and shutdown runs.
  const { prepared, timings } = stack;
  const database = stack.embedded ? (inMemory ? 'embedded, in memory' : `embedded (${path.relative(PROJECT_ROOT, dataDir)})`) : 'DATABASE_URL';
  const mail = process.env.RESEND_API_KEY ? 'E-mails go out through Resend' : 'E-mails stay on this machine';
  console.log(
    [
      '',
      `  Tura is running at ${urls.join(', ')}`,
      host === LOOPBACK
        ? '  It answers this machine only; TURA_HOST=0.0.0.0 opens it to your network.'
        : `  Open to the network (TURA_HOST=${host})${behindFront ? `; Next.js itself listens on ${httpUrl(LOOPBACK, nextPort)} only` : ''}.`,
      `  Database: ${database}; ${plural(prepared.applied.length, 'migration')} applied now${prepared.seeded ? ', demo data seeded' : ''}`,
      `  Supabase API (PostgREST): ${stack.env.SUPABASE_URL}/rest/v1`,
      `  Started in ${seconds(performance.now() - started)} (database ${seconds(timings.database)}, ` +
        `migrations ${seconds(timings.migrations)}, PostgREST ${seconds(timings.postgrest)}). Ctrl-C stops everything.`,
      '',
      `  Demo accounts (password: ${DEMO_PASSWORD}), at ${url}/signin:`,
      ...DEMO_ACCOUNTS.map((account) => `    ${account.role.padEnd(12)} ${account.email}`),
      nextCommand === 'dev'
        ? `  ${mail}; read them at ${localUrl}/dev/outbox (on this machine only).`
        : `  ${mail}; the page that shows them exists under \`npm run dev\` only.`,
      '',
    ].join('\n'),
  );
}

/** Starts over: an empty database with every migration and the seed applied. */
async function reset(): Promise<void> {
  if (databaseUrl) {
    const database = await openExternalDatabase(databaseUrl);
    await database.sql.exec('drop schema if exists app, supabase_migrations cascade; drop schema if exists public cascade; create schema public;');
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

const commands: Record<string, () => Promise<void>> = {
  dev: () => run('dev'),
  start: () => run('start'),
  reset,
};

const selected = command ? commands[command] : undefined;
if (!selected) {
  console.error(`Usage: tsx lib/local-stack/cli.ts ${Object.keys(commands).join('|')} [--memory]`);
  process.exit(2);
}
selected().catch((error: unknown) => {
  console.error(`\n  Tura could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
