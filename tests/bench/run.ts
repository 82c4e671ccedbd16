/**
 * `npm run bench`: the app under the loads a city puts on it, on real PostgreSQL and a production
 * build, every figure a ratio against a reference measured in the same run, so that the table
 * means the same on a laptop and on a server. Prints the table and writes it to tests/bench/last-run.md.
 *
 * The database: `tura_bench` on the server of DATABASE_URL (or the machine's, 127.0.0.1:5432),
 * created and reset by the run; the database DATABASE_URL names is never touched.
 *
 *   npm run bench [-- --no-build]
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createTranslator } from 'next-intl';
import { encode } from 'next-auth/jwt';
import pg from 'pg';
import type { SupabaseClient } from '@supabase/supabase-js';
import { listReviewQueue } from '@/lib/db/decisions';
import { listDepartments } from '@/lib/db/departments';
import { saveOpinionDraft, submitOpinion } from '@/lib/db/opinions';
import { listRegisterTallies } from '@/lib/db/register';
import { getRound } from '@/lib/db/rounds';
import { listTeams } from '@/lib/db/schedule';
import { loadSummaryData } from '@/lib/db/summary';
import { killOnExit, waitForHttp } from '@/lib/local-stack/children';
import { loadLocalSecrets } from '@/lib/local-stack/secrets';
import { readQueueFilters } from '@/lib/schemas/decisions';
import { buildSummary } from '@/lib/summary/build';
import { renderSummaryPdf } from '@/lib/summary/pdf';
import { summaryTranslator } from '@/lib/summary/translator';
import type { SummaryData } from '@/lib/summary/types';
import { createSupabaseClient } from '@/lib/supabase/create';
import pl from '@/messages/pl.json';
import { signUserToken, tokenSigner, type TokenUser } from '@/lib/supabase/jwt';
import { signingJwkSchema } from '@/lib/supabase/signing-key';
import { findAction } from '../e2e/server-actions';
import { createLargeRound, LARGE_ROUND, type LargeRound } from './large-round';
import { concurrently, load, type Load } from './load';

const ROOT = path.resolve(import.meta.dirname, '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3990);
const APP = `http://localhost:${PORT}`;
const PORTS = { api: PORT + 52001, database: PORT + 52002, postgrest: PORT + 52003, postgrestAdmin: PORT + 52004 };
const SECRETS_FILE = path.join(os.tmpdir(), `tura-bench-${PORT}-secrets.json`);
const AUTH_SECRET = randomBytes(33).toString('base64');
const SESSION_COOKIE = 'authjs.session-token';
const WRITERS = 50;

const server = new URL(process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres');
const benchDatabase = Object.assign(new URL(server), { pathname: '/tura_bench' }).toString();

interface Row {
  what: string;
  figure: string;
  reference: string;
  ratio: number | null;
  goal: string;
  met: boolean;
  note?: string;
}
const rows: Row[] = [];
const started = performance.now();

function log(message: string) {
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

async function freshDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: Object.assign(new URL(server), { pathname: '/postgres' }).toString() });
  await admin.connect();
  try {
    const exists = (await admin.query(`select 1 from pg_database where datname = 'tura_bench'`)).rowCount;
    if (!exists) await admin.query('create database tura_bench');
  } finally {
    await admin.end();
  }
  await run(path.join(ROOT, 'node_modules/.bin/tsx'), ['lib/local-stack/cli.ts', 'reset'], { DATABASE_URL: benchDatabase });
}

function startApp() {
  const child = killOnExit(
    spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['lib/local-stack/cli.ts', 'start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: benchDatabase,
        PORT: String(PORT),
        TURA_API_PORT: String(PORTS.api),
        TURA_DB_PORT: String(PORTS.database),
        TURA_POSTGREST_PORT: String(PORTS.postgrest),
        TURA_POSTGREST_ADMIN_PORT: String(PORTS.postgrestAdmin),
        TURA_SECRETS_FILE: SECRETS_FILE,
        AUTH_SECRET,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  return child;
}

/** A session cookie as signing in gives one: a session started in the database, in a token sealed with the server's secret. */
async function sessionCookie(service: SupabaseClient, profileId: string, email: string) {
  const { data: sessionId, error } = await service.rpc('start_session', { profile_id: profileId });
  if (error) throw new Error(error.message);
  return `${SESSION_COOKIE}=${await encode({ token: { sub: profileId, profileId, sessionId, email }, secret: AUTH_SECRET, salt: SESSION_COOKIE, maxAge: 3600 })}`;
}

/** The PostgREST requests `work` makes, recorded as it runs once, to be replayed alone: what a page's data costs without the page. */
async function recordRequests(work: () => Promise<unknown>) {
  const original = globalThis.fetch;
  const recorded: { method: 'GET'; path: string; headers: Record<string, string> }[] = [];
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    recorded.push({ method: 'GET', path: `${url.pathname}${url.search}`, headers: Object.fromEntries(new Headers(init?.headers)) });
    return original(input, init);
  };
  try {
    await work();
  } finally {
    globalThis.fetch = original;
  }
  return recorded;
}

const ratio = (figure: number, reference: number) => Math.round((figure / reference) * 100) / 100;
const perSecond = (value: number) => `${Math.round(value).toLocaleString('en-GB')}/s`;
const latency = (measured: Load) => `p50 ${measured.p50} ms, p97.5 ${measured.p97_5} ms`;

/** First-load JavaScript of a page as a browser gets it: the gzipped sizes of its scripts (module browsers skip `nomodule` ones). */
async function firstLoadJs(pagePath: string, cookie?: string): Promise<number> {
  const html = await (await fetch(`${APP}${pagePath}`, { headers: cookie ? { cookie } : {} })).text();
  const sources = new Set([...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="([^"]+)"/gi)].map((match) => match[1]!));
  let bytes = 0;
  for (const source of sources) bytes += gzipSync(Buffer.from(await (await fetch(`${APP}${source}`)).arrayBuffer())).length;
  return bytes;
}

/** The summary's data k times over: k times the meetings, teams, opinions, departments and follow-ups. */
function scaled(data: SummaryData, k: number): SummaryData {
  const copies = <T>(items: T[], copy: (item: T, n: number) => T) => Array.from({ length: k }, (_, n) => items.map((item) => copy(item, n))).flat();
  const meeting = <M extends SummaryData['meetings'][number] | NonNullable<SummaryData['schedule']>['meetings'][number]>(item: M, n: number): M => ({
    ...item,
    id: `${item.id}-${n}`,
    teamName: `${item.teamName} (${n + 1})`,
  });
  return {
    ...data,
    schedule: data.schedule && { ...data.schedule, meetings: copies(data.schedule.meetings, meeting) },
    meetings: copies(data.meetings, meeting),
    opinions: copies(data.opinions, (opinion, n) => ({ ...opinion, department: `${opinion.department} (${n + 1})`, team: `${opinion.team} (${n + 1})` })),
    followUps: copies(data.followUps, (followUp, n) => ({ ...followUp, department: `${followUp.department} (${n + 1})` })),
  };
}

async function publishSummary(db: pg.Client, service: ReturnType<typeof createSupabaseClient>, round: LargeRound) {
  const roundRow = (await getRound(service, round.roundId))!;
  const data = await loadSummaryData(service, roundRow);
  const translator = summaryTranslator();
  const document = buildSummary(data, translator);
  // Its page numbers as publishing writes them (lib/actions/summary-publish.ts), from the messages.
  const t = createTranslator({ locale: 'pl', messages: pl, namespace: 'SummaryPublish' });
  const pdf = await renderSummaryPdf(document, { page: (current, total) => t('pdfPage', { current, total }) });
  await db.query(`insert into public.summary_versions (round_id, number, content, pdf, published_by_name) values ($1, 1, $2, $3, 'Koordynator pomiaru')`, [round.roundId, document, pdf]);

  // The builder alone, at 1×, 4× and 16× the round: the fastest of 7 runs each (the least disturbed
  // by the collector and the machine's other work), the sizes taken in turn so that each meets the
  // same conditions, after one run each to warm up. Its growth is the slope of log time against log
  // size: 1 is linear, 2 quadratic. A small round fits the processor's caches better, so the slope
  // is read over all three sizes, not from the smallest alone.
  const sizes = [1, 4, 16].map((k) => ({ k, input: scaled(data, k), runs: [] as number[] }));
  for (const size of sizes) buildSummary(size.input, translator);
  for (let run = 0; run < 7; run++) {
    for (const size of sizes) {
      const start = performance.now();
      buildSummary(size.input, translator);
      size.runs.push(performance.now() - start);
    }
  }
  const points = sizes.map(({ k, runs }) => ({ k, ms: Math.min(...runs) }));
  const xs = points.map(({ k }) => Math.log(k));
  const ys = points.map(({ ms }) => Math.log(ms));
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const slope = xs.reduce((sum, x, n) => sum + (x - mean(xs)) * (ys[n]! - mean(ys)), 0) / xs.reduce((sum, x) => sum + (x - mean(xs)) ** 2, 0);
  rows.push({
    what: `summary builder at 1×, 4× and 16× the round (up to ${16 * LARGE_ROUND.meetings} meetings, ${(16 * round.opinions).toLocaleString('en-GB')} opinions)`,
    figure: points.map(({ ms }) => `${ms.toFixed(1)} ms`).join(' / '),
    reference: 'growth: slope of log time on log size',
    ratio: Math.round(slope * 100) / 100,
    goal: '≤ 1.15 (1 linear, 2 quadratic)',
    met: slope <= 1.15,
  });
}

async function main() {
  const build = !process.argv.includes('--no-build');
  log(`database tura_bench on ${server.host}; ${build ? 'building' : 'using the existing build'}`);
  await freshDatabase();
  if (build) await run(path.join(ROOT, 'node_modules/.bin/next'), ['build']);

  const db = new pg.Client({ connectionString: benchDatabase });
  await db.connect();
  const round = await createLargeRound(db);
  // Statistics of the new rows, as autovacuum would gather them within a minute: plans for a round of this size.
  await db.query('analyze');
  const [{ programme_id: programmeId }] = (await db.query<{ programme_id: string }>('select programme_id from public.rounds where id = $1', [round.roundId])).rows as [{ programme_id: string }];
  log(`large round: ${LARGE_ROUND.teams} teams, ${LARGE_ROUND.meetings} meetings, ${LARGE_ROUND.departments} departments, ${round.opinions} opinions`);

  const app = startApp();
  try {
    if (!(await waitForHttp(APP, app))) throw new Error('the app did not start');
    const secrets = await loadLocalSecrets(SECRETS_FILE);
    const apiUrl = `http://127.0.0.1:${PORTS.api}`;
    const service = createSupabaseClient(apiUrl, secrets.SUPABASE_SECRET_KEY);
    await publishSummary(db, service, round);
    log('summary published, builder timed');

    // Public pages vs a static file of the same server, measured around them, asked for as browsers
    // ask (compressed): a 300-meeting schedule is 20 times the size of the stylesheet otherwise.
    const staticFile = `/_next/static/chunks/${(await readdir(path.join(ROOT, '.next/static/chunks'))).find((file) => file.endsWith('.css'))}`;
    const publicPages = { 'public round page': `/tury/${round.roundId}`, 'published summary page': `/tury/${round.roundId}/podsumowanie` };
    for (const pagePath of Object.values(publicPages)) await fetch(`${APP}${pagePath}`);
    const asBrowsers = { headers: { 'accept-encoding': 'gzip, deflate, br' } };
    const staticBefore = await load(`${APP}${staticFile}`, asBrowsers);
    const pageLoads = [];
    for (const [name, pagePath] of Object.entries(publicPages)) pageLoads.push({ name, measured: await load(`${APP}${pagePath}`, asBrowsers) });
    const staticAfter = await load(`${APP}${staticFile}`, asBrowsers);
    const staticRate = (staticBefore.perSecond + staticAfter.perSecond) / 2;
    for (const { name, measured } of pageLoads) {
      rows.push({ what: name, figure: `${perSecond(measured.perSecond)} (${latency(measured)})`, reference: `static file ${perSecond(staticRate)}`, ratio: ratio(measured.perSecond, staticRate), goal: '≥ 0.8', met: measured.perSecond >= 0.8 * staticRate && measured.errors === 0 });
    }
    log('public pages measured');

    // The coordinator's pages vs their PostgREST queries alone.
    const coordinator = (await db.query<{ id: string; email: string }>('select id, email from public.profiles where id = $1', [round.coordinatorId])).rows[0]!;
    const coordinatorCookie = await sessionCookie(service, coordinator.id, coordinator.email);
    const signer = tokenSigner({ jwk: signingJwkSchema.parse(secrets.SUPABASE_JWT_SIGNING_KEY) });
    const clientOf = async (user: TokenUser) => {
      const token = await signUserToken(user, signer, 3600);
      return createSupabaseClient(apiUrl, secrets.SUPABASE_PUBLISHABLE_KEY, async () => token);
    };
    const coordinatorClient = await clientOf({ id: coordinator.id, role: 'coordinator', departmentId: null });
    const staffPages = [
      {
        what: "coordinator's review queue (first page of 5,000 opinions)",
        path: `/panel/tury/${round.roundId}/decyzje`,
        queries: () => Promise.all([listReviewQueue(coordinatorClient, round.roundId, readQueueFilters({})), listTeams(coordinatorClient, programmeId), listDepartments(coordinatorClient)]),
      },
      { what: 'opinions register (every request of the round, counted)', path: `/panel/tury/${round.roundId}/rejestr`, queries: () => listRegisterTallies(coordinatorClient, round.roundId) },
    ];
    for (const page of staffPages) {
      const sequence = await recordRequests(page.queries);
      const raw = await load(`${apiUrl}/`, { sequence });
      const measured = await load(`${APP}${page.path}`, { headers: { cookie: coordinatorCookie } });
      rows.push({
        what: page.what,
        figure: `${perSecond(measured.perSecond)} (${latency(measured)})`,
        reference: `its ${sequence.length} PostgREST ${sequence.length === 1 ? 'query' : 'queries'} alone: ${perSecond(raw.perSecond)} (${latency(raw)})`,
        ratio: ratio(measured.perSecond, raw.perSecond),
        goal: '≥ 0.5',
        met: measured.perSecond >= 0.5 * raw.perSecond && measured.errors === 0,
      });
    }
    log("coordinator's pages measured");

    // 50 department users submitting at once: through the app (the opinion form's action) vs straight through PostgREST.
    const action = findAction('saveOpinionAction');
    const throughApp = await concurrently(round.users.slice(0, WRITERS), WRITERS, async (user) => {
      const cookie = await sessionCookie(service, user.profileId, user.email);
      for (const requestId of user.appRequests) {
        const response = await fetch(`${APP}${action.path}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'Next-Action': action.id, 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', cookie },
          body: JSON.stringify([{ requestId, expectedVersion: 0, stance: 'supports', justification: 'Wydział popiera założenie.', proposedWording: '', intent: 'submit' }]),
        });
        await response.arrayBuffer();
      }
    });
    const throughPostgrest = await concurrently(round.users.slice(0, WRITERS), WRITERS, async (user) => {
      const client = await clientOf({ id: user.profileId, role: 'department', departmentId: user.departmentId });
      for (const requestId of user.rawRequests) {
        const draft = await saveOpinionDraft(client, { requestId, expectedVersion: 0, stance: 'supports', justification: 'Wydział popiera założenie.', proposedWording: '' });
        await submitOpinion(client, requestId, draft.version);
      }
    });
    const submitted = round.users.slice(0, WRITERS).flatMap((user) => [...user.appRequests, ...user.rawRequests]);
    const [counts] = (
      await db.query<{ rows: number; requests: number; submitted: number }>(
        `select count(*)::int as rows, count(distinct request_id)::int as requests, count(*) filter (where state = 'submitted')::int as submitted from public.opinions where request_id = any($1)`,
        [submitted],
      )
    ).rows as [{ rows: number; requests: number; submitted: number }];
    const each = submitted.length / 2;
    const appRate = each / (throughApp / 1000);
    const rawRate = each / (throughPostgrest / 1000);
    const lost = submitted.length - counts.submitted;
    const duplicated = counts.rows - counts.requests;
    rows.push({
      what: `${WRITERS} department users submitting opinions at once (${each} through the app)`,
      figure: `${perSecond(appRate)} opinions`,
      reference: `${each} straight through PostgREST (save, submit): ${perSecond(rawRate)}`,
      ratio: ratio(appRate, rawRate),
      goal: '≥ 0.5',
      met: appRate >= 0.5 * rawRate,
    });
    rows.push({ what: 'opinions lost / duplicated', figure: `${lost} / ${duplicated} of ${submitted.length}`, reference: 'counted in the database', ratio: null, goal: '0 / 0', met: lost === 0 && duplicated === 0 });
    log('submissions measured');

    // First-load JavaScript per page.
    const jsPages = [
      { what: 'home page', path: '/', public: true },
      { what: 'public round page', path: publicPages['public round page'], public: true },
      { what: 'published summary page', path: publicPages['published summary page'], public: true },
      { what: 'summaries archive', path: '/podsumowania', public: true },
      { what: 'sign-in page (a form: hydrated)', path: '/signin', public: false },
      { what: "coordinator's home", path: '/panel', public: false },
      { what: 'review queue', path: staffPages[0]!.path, public: false },
      { what: 'register', path: staffPages[1]!.path, public: false },
    ];
    for (const page of jsPages) {
      const bytes = await firstLoadJs(page.path, page.public ? undefined : coordinatorCookie);
      rows.push({
        what: `JavaScript: ${page.what}`,
        figure: `${(bytes / 1024).toFixed(1)} kB`,
        reference: 'gzipped, first load',
        ratio: null,
        goal: page.public ? '< 120 kB' : 'listed',
        met: page.public ? bytes < 120 * 1024 : true,
      });
    }
  } finally {
    // The app stops whole (its database, PostgREST, the server) before this process exits.
    const stopped = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await stopped;
    await db.end();
  }

  const table = [
    '| what | figure | reference (same run) | ratio | goal | met |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.what} | ${row.figure} | ${row.reference} | ${row.ratio ?? ''} | ${row.goal} | ${row.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  const cpus = os.cpus();
  const header = `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus.length} × ${cpus[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node.js ${process.version}, PostgreSQL at ${server.host}; 10 concurrent clients (autocannon, 5 s each) unless said; ${((performance.now() - started) / 1000).toFixed(0)} s in all.`;
  const output = `${header}\n\n${table}\n`;
  console.log(`\n${output}`);
  await writeFile(path.join(ROOT, 'tests/bench/last-run.md'), output);
  if (rows.some((row) => !row.met)) console.log('Some goals are not met: the README\'s performance section says why.');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
