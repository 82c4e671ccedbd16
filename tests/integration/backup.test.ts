import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '@/lib/local-stack/ports';
import { PROJECT_ROOT } from '@/lib/local-stack/prepare';
import { startStack, type RunningStack } from '@/lib/local-stack/stack';
import { createSupabaseClient } from '@/lib/supabase/create';
import { signUserToken, tokenSigner, type TokenUser } from '@/lib/supabase/jwt';
import { signingJwkSchema } from '@/lib/supabase/signing-key';
import { createTestDatabase } from '../fixtures/test-database';
import { sqlAt, stack as suiteStack } from './helpers';

// `npm run db:backup` and `npm run db:restore` on the backend this run of the suite uses: the
// embedded database (a data directory of its own) or the PostgreSQL at DATABASE_URL (databases of
// their own on that server). A source database gets the seed and writes through the real API, is
// backed up, restored into an empty one, and must come back whole and working.

const SCHEMAS = ['public', 'app', 'audit', 'next_auth', 'supabase_migrations'];
const coordinator: TokenUser = { id: '20000000-0000-4000-8000-000000000001', role: 'coordinator', departmentId: '10000000-0000-4000-8000-000000000001' };
const departmentStaff: TokenUser = { id: '20000000-0000-4000-8000-000000000002', role: 'department', departmentId: '10000000-0000-4000-8000-000000000002' };

/** Where a database lives: what the CLI and a stack need to reach it. */
interface Place {
  env: Record<string, string | undefined>;
  stackOptions: { dataDir?: string; databaseUrl?: string };
}

const embedded = suiteStack.embedded;
const serverUrl = process.env.DATABASE_URL;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function newPlace(name: string): Promise<Place> {
  if (embedded) {
    const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'tura-backup-')), name);
    cleanups.push(() => rm(path.dirname(dataDir), { recursive: true, force: true }));
    return { env: { DATABASE_URL: undefined, TURA_DATA_DIR: dataDir, TURA_DB_PORT: String(await freePort()) }, stackOptions: { dataDir } };
  }
  const database = await createTestDatabase(serverUrl!, `backup_${name}`);
  cleanups.push(() => database.drop());
  return { env: { DATABASE_URL: database.url }, stackOptions: { databaseUrl: database.url } };
}

async function start(place: Place): Promise<RunningStack> {
  const ports = { api: await freePort(), database: await freePort(), postgrest: await freePort(), postgrestAdmin: await freePort() };
  return startStack({ ...place.stackOptions, ports });
}

/** `npm run db:<command> -- <args>`, as a person runs it. */
function cli(place: Place, ...args: string[]): Promise<{ code: number; output: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(place.env)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/local-stack/cli.ts', ...args],
      { cwd: PROJECT_ROOT, env },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, output: stdout + stderr }),
    );
  });
}

/** A query straight to `running`'s database as its owner. */
const query = <Row = Record<string, unknown>>(running: RunningStack, text: string, params: unknown[] = []) => sqlAt<Row>(running.databaseUrl, text, params);

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/**
 * Every table of the app's schemas, by its row count and a checksum of its rows, and what makes the
 * database work: the API roles, every grant, policy, function and trigger.
 */
async function fingerprint(running: RunningStack): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    running,
    `select format('%I.%I', n.nspname, c.relname) as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and n.nspname = any($1) order by 1`,
    [SCHEMAS],
  );
  const print: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ count: number; checksum: string }>(
      running,
      `select count(*)::int as count, md5(coalesce(string_agg(t::text, e'\\n' order by t::text), '')) as checksum from ${name} t`,
    );
    print[name] = `${row!.count} rows, ${row!.checksum}`;
  }
  const schemas = [...SCHEMAS, 'auth'];
  const catalog = {
    roles: `select format('%s login=%s inherit=%s bypassrls=%s super=%s member of %s', r.rolname, r.rolcanlogin, r.rolinherit, r.rolbypassrls, r.rolsuper,
                   (select array_agg(m.roleid::regrole::text order by 1) from pg_auth_members m where m.member = r.oid)) as line
              from pg_roles r where r.rolname in ('anon', 'authenticated', 'service_role', 'authenticator')`,
    'row level security': `select format('%s %s %s', c.oid::regclass, c.relrowsecurity, c.relforcerowsecurity) as line
              from pg_class c join pg_namespace n on n.oid = c.relnamespace where c.relkind in ('r', 'p') and n.nspname = any($1)`,
    policies: `select format('%s.%s %s %s %s %s using (%s) check (%s)', schemaname, tablename, policyname, permissive, roles, cmd, qual, with_check) as line
              from pg_policies where schemaname = any($1)`,
    // The privileges in force: an owner's written out by a revoke are its default ones, which a dump leaves implicit.
    grants: `select format('%s %s %s', c.oid::regclass, a.grantee::regrole, a.privilege_type) as line
              from pg_class c join pg_namespace n on n.oid = c.relnamespace,
                   aclexplode(coalesce(c.relacl, acldefault(case c.relkind when 'S' then 's' else 'r' end::"char", c.relowner))) a
             where n.nspname = any($1)
            union all
            select format('%s %s %s', p.oid::regprocedure, a.grantee::regrole, a.privilege_type)
              from pg_proc p join pg_namespace n on n.oid = p.pronamespace, aclexplode(coalesce(p.proacl, acldefault('f'::"char", p.proowner))) a
             where n.nspname = any($1)
            union all
            select format('schema %s %s %s', n.nspname, a.grantee::regrole, a.privilege_type)
              from pg_namespace n, aclexplode(coalesce(n.nspacl, acldefault('n'::"char", n.nspowner))) a where n.nspname = any($1)`,
    functions: `select pg_get_functiondef(p.oid) as line from pg_proc p join pg_namespace n on n.oid = p.pronamespace
              where n.nspname = any($1) and p.prokind in ('f', 'p')`,
    triggers: `select pg_get_triggerdef(t.oid) as line from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
              where not t.tgisinternal and n.nspname = any($1)`,
  };
  for (const [name, sql] of Object.entries(catalog)) {
    const lines = (await query<{ line: string }>(running, sql, sql.includes('$1') ? [schemas] : [])).map((row) => row.line).sort();
    print[name] = `${lines.length} entries, ${md5(lines.join('\n'))}`;
  }
  return print;
}

/** A client of `running`'s API: as `user`, or with the publishable key alone (anon). */
async function apiClient(running: RunningStack, user?: TokenUser) {
  if (!user) return createSupabaseClient(running.env.SUPABASE_URL, running.env.SUPABASE_PUBLISHABLE_KEY);
  const signer = tokenSigner({ jwk: signingJwkSchema.parse(JSON.parse(running.env.SUPABASE_JWT_SIGNING_KEY)) });
  const token = await signUserToken(user, signer, 300);
  return createSupabaseClient(running.env.SUPABASE_URL, running.env.SUPABASE_PUBLISHABLE_KEY, async () => token);
}

/** What visitors and the coordinator read through the API. */
async function reads(running: RunningStack) {
  const anon = await apiClient(running);
  const asCoordinator = await apiClient(running, coordinator);
  const rounds = await anon.from('rounds').select('id, title, status').order('id');
  const profiles = await asCoordinator.from('profiles').select('id, email, role, active').order('email');
  const venues = await asCoordinator.from('venues').select('id, name, venue_rooms(name)').order('name');
  return { rounds, profiles, venues };
}

const maxAuditId = async (running: RunningStack) =>
  Number((await query<{ id: string }>(running, 'select max(id) as id from audit.record_version'))[0]!.id);

describe(`backup and restore of the ${embedded ? 'embedded database' : 'PostgreSQL at DATABASE_URL'}`, () => {
  let source: Place;
  let target: Place;
  let backupFile: string;
  let sourcePrint: Record<string, string>;
  let sourceReads: Awaited<ReturnType<typeof reads>>;

  beforeAll(async () => {
    source = await newPlace('source');
    target = await newPlace('target');
    const directory = await mkdtemp(path.join(os.tmpdir(), 'tura-backup-file-'));
    cleanups.push(() => rm(directory, { recursive: true, force: true }));
    backupFile = path.join(directory, embedded ? 'tura.tar.gz' : 'tura.sql');

    const running = await start(source);
    try {
      expect(running.prepared.seeded).toBe(true);
      // Writes through the real API: a direct one with the secret key, and the coordinator's
      // through database functions (an invitation with its e-mail, a venue with rooms).
      const service = createSupabaseClient(running.env.SUPABASE_URL, running.env.SUPABASE_SECRET_KEY);
      expect((await service.from('departments').insert({ kind: 'municipal_unit', name: 'Zarząd Zieleni Miejskiej', short_name: 'ZZM' })).error).toBeNull();
      const asCoordinator = await apiClient(running, coordinator);
      expect(
        (await asCoordinator.rpc('invite_user', { email: 'nowa.osoba@tura.example', full_name: 'Nowa Osoba', role: 'moderator' })).error,
      ).toBeNull();
      expect((await asCoordinator.rpc('create_venue', { name: 'Centrum Obywatelskie', address: 'ul. Reymonta 20', rooms: ['A', 'B'] })).error).toBeNull();
      const actions = await query<{ action: string }>(running, "select distinct action from audit.record_version where action in ('venue.created', 'user.invited')");
      expect(actions.map((row) => row.action).sort()).toEqual(['user.invited', 'venue.created']);

      sourcePrint = await fingerprint(running);
      expect(Object.keys(sourcePrint)).toEqual(
        expect.arrayContaining(['public.profiles', 'public.venues', 'app.role_permissions', 'audit.record_version', 'supabase_migrations.schema_migrations']),
      );
      sourceReads = await reads(running);
      if (embedded) {
        // PGlite has no lock: a backup of a database in use would be torn, so it is refused.
        const inUse = await cli({ ...source, env: { ...source.env, TURA_DB_PORT: new URL(running.databaseUrl).port } }, 'backup', backupFile);
        expect(inUse.code).toBe(1);
        expect(inUse.output).toContain('npm run dev');
      }
    } finally {
      await running.stop();
    }
    const backup = await cli(source, 'backup', backupFile);
    expect(backup.output).toContain(backupFile);
    expect(backup.code).toBe(0);
  }, 180_000);

  it('restores into an empty database every row of every table, and every role, grant, policy, function and trigger', async () => {
    const restore = await cli(target, 'restore', backupFile);
    const migrations = (await readdir(path.join(PROJECT_ROOT, 'supabase/migrations'))).filter((file) => file.endsWith('.sql'));
    expect(restore.output).toContain(`${migrations.length} migrations in its history`);
    expect(restore.code).toBe(0);

    const running = await start(target);
    try {
      // The migration history came along: nothing applied again, no seed over the data.
      expect(running.prepared).toEqual({ applied: [], seeded: false });
      expect(await fingerprint(running)).toEqual(sourcePrint);
      expect(sourcePrint['audit.record_version']).not.toMatch(/^0 rows/);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it('works through the API: the same reads, RLS and permissions in force, writes audited', async () => {
    const running = await start(target);
    try {
      const restoredReads = await reads(running);
      expect(restoredReads).toEqual(sourceReads);
      expect(restoredReads.rounds.data!.length).toBeGreaterThan(0);
      expect(restoredReads.profiles.data!.map((profile) => profile.email)).toContain('nowa.osoba@tura.example');

      // Department staff may not add venues: refused by the function's permission check, as before.
      const refused = await (await apiClient(running, departmentStaff)).rpc('create_venue', { name: 'Sala odmowy', address: '', rooms: [] });
      expect(refused.error?.code).toBe('42501');

      const before = await maxAuditId(running);
      const created = await (await apiClient(running, coordinator)).rpc('create_venue', { name: 'Sala po odtworzeniu', address: '', rooms: ['1'] });
      expect(created.error).toBeNull();
      const logged = await query<{ id: string; action: string }>(running, "select id, action from audit.record_version where id > $1 and action = 'venue.created'", [before]);
      expect(logged.length).toBeGreaterThan(0);

      // Over a database that has data, a restore is refused without --force, and nothing changes.
      const refusedRestore = await cli({ ...target, env: { ...target.env, ...(embedded ? { TURA_DB_PORT: String(await freePort()) } : {}) } }, 'restore', backupFile);
      expect(refusedRestore.code).toBe(1);
      expect(refusedRestore.output).toContain('--force');
      expect(await query(running, 'select 1 from public.venues where name = $1', ['Sala po odtworzeniu'])).toHaveLength(1);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it('with --force replaces a database that has data by the backup, whole', async () => {
    const restore = await cli(target, 'restore', backupFile, '--force');
    expect(restore.code).toBe(0);
    const running = await start(target);
    try {
      // The venue written after the backup is gone; everything else is as it was backed up.
      expect(await fingerprint(running)).toEqual(sourcePrint);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it.skipIf(embedded)('names a missing pg_dump in one sentence, in Polish and in English, and writes nothing', async () => {
    const file = `${backupFile}.without-pg_dump`;
    const result = await cli({ ...source, env: { ...source.env, PATH: path.dirname(file) } }, 'backup', file);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Brak programu pg_dump: zainstaluj narzędzia klienckie PostgreSQL');
    expect(result.output).toContain('pg_dump is missing: install the PostgreSQL client tools');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(await readdir(path.dirname(file))).toEqual([path.basename(backupFile)]);
  });
});
