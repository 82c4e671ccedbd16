import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { AppRole } from '@/lib/auth/roles';
import { createSupabaseClient } from '@/lib/supabase/create';
import { signUserToken, tokenSigner, type TokenSigner, type TokenUser } from '@/lib/supabase/jwt';
import { signingJwkSchema } from '@/lib/supabase/signing-key';
import type { RoundStatus } from '@/lib/workflow/round-status';

export const stack = inject('stack');

export const anonClient = () => createSupabaseClient(stack.SUPABASE_URL, stack.SUPABASE_PUBLISHABLE_KEY);
export const serviceClient = () => createSupabaseClient(stack.SUPABASE_URL, stack.SUPABASE_SECRET_KEY);

/** The stack's own signing key (ES256, with its kid), as the app signs with it. */
export const projectSigningKey = signingJwkSchema.parse(JSON.parse(stack.SUPABASE_JWT_SIGNING_KEY));
export const projectSigner = tokenSigner({ jwk: projectSigningKey });
/** The legacy HS256 JWT secret, which the stack still accepts, as a project that has not revoked it. */
export const legacySigner = tokenSigner({ legacySecret: stack.legacyEnv.SUPABASE_JWT_SECRET });

/** A client whose every request carries `token`, as PostgREST receives it from the app's server. */
export const clientWithToken = (token: string): SupabaseClient =>
  createSupabaseClient(stack.SUPABASE_URL, stack.SUPABASE_PUBLISHABLE_KEY, async () => token);

export async function clientAs(user: TokenUser, ttlSeconds = 300, signer: TokenSigner = projectSigner): Promise<SupabaseClient> {
  return clientWithToken(await signUserToken(user, signer, ttlSeconds));
}

/** A query straight to the database as its owner, for what the API does not show. */
export function sql<Row = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<Row[]> {
  return sqlAt<Row>(stack.databaseUrl, text, params);
}

/** The same on another database: a stack a test started itself. */
export async function sqlAt<Row = Record<string, unknown>>(databaseUrl: string, text: string, params: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Unwraps a supabase-js result made with the service role; a fixture that fails stops the test. */
function must<T>(result: { data: T | null; error: unknown }): T {
  if (result.error) throw new Error(`Fixture failed: ${JSON.stringify(result.error)}`);
  return result.data as T;
}

const unique = () => randomUUID().slice(0, 8);

export async function createDepartment(kind: 'city_department' | 'municipal_unit' | 'coordinating' = 'city_department') {
  const id = unique();
  return must(
    await serviceClient().from('departments').insert({ kind, name: `Wydział Testowy ${id}`, short_name: `WT-${id}` }).select().single(),
  ) as { id: string; name: string };
}

export async function createUser(role: AppRole, options: { departmentId?: string; active?: boolean } = {}): Promise<TokenUser> {
  const departmentId = options.departmentId ?? (role === 'department' ? (await createDepartment()).id : null);
  const row = must(
    await serviceClient()
      .from('profiles')
      .insert({ email: `${role}-${unique()}@tura.test`, full_name: `Test ${role}`, role, department_id: departmentId, active: options.active ?? true })
      .select('id')
      .single(),
  ) as { id: string };
  return { id: row.id, role, departmentId };
}

export async function createProgramme() {
  return must(
    await serviceClient().from('programmes').insert({ title: `Program testowy ${unique()}`, year_from: 2012, year_to: 2014 }).select().single(),
  ) as { id: string; title: string };
}

let createdRounds = Math.floor(Math.random() * 99);

export async function createRound(options: { isPublic?: boolean; status?: RoundStatus; programmeId?: string } = {}) {
  const programmeId = options.programmeId ?? (await createProgramme()).id;
  // Distinct within a test file (a file's rounds may share a programme), whatever order they come in.
  const number = (createdRounds++ % 99) + 1;
  return must(
    await serviceClient()
      .from('rounds')
      .insert({ programme_id: programmeId, number, title: `Tura ${unique()}`, status: options.status ?? 'planning', is_public: options.isPublic ?? false })
      .select()
      .single(),
  ) as { id: string; programme_id: string; status: RoundStatus; title: string };
}

export interface AuditRow {
  op: 'INSERT' | 'UPDATE' | 'DELETE' | 'TRUNCATE';
  table_name: string;
  action: string;
  actor_id: string | null;
  actor_role: string;
  details: Record<string, unknown> | null;
  record: Record<string, unknown> | null;
  old_record: Record<string, unknown> | null;
}

/** Every change the audit log recorded of one row (by its id), oldest first. */
export function auditOf(recordId: string): Promise<AuditRow[]> {
  return sql<AuditRow>(
    `select op, table_name, action, actor_id, actor_role, details, record, old_record
       from audit.record_version where record_id = $1 or old_record_id = $1 order by id`,
    [recordId],
  );
}
