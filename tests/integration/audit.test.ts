import { beforeAll, describe, expect, it } from 'vitest';
import { EXPOSED_SCHEMAS } from '@/lib/local-stack/stack';
import type { TokenUser } from '@/lib/supabase/jwt';
import { anonClient, auditOf, clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

let coordinator: TokenUser;
beforeAll(async () => {
  coordinator = await createUser('coordinator');
});

describe('audit coverage', () => {
  it('tracks every table of every schema the API exposes, rows and truncation', async () => {
    const untracked = await sql<{ table: string }>(
      `select n.nspname || '.' || c.relname as table
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname = any($1)
          and not (
            exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                     where t.tgrelid = c.oid and t.tgenabled <> 'D' and p.oid = 'audit.record_change'::regproc)
            and exists (select 1 from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                     where t.tgrelid = c.oid and t.tgenabled <> 'D' and p.oid = 'audit.record_truncate'::regproc))
        order by 1`,
      [[...EXPOSED_SCHEMAS]],
    );
    expect(untracked).toEqual([]);
  });

  it('refuses to track a table without a primary key', async () => {
    await sql('create schema if not exists audit_test; create table if not exists audit_test.keyless (name text)');
    await expect(sql("select audit.track('audit_test.keyless')")).rejects.toThrow(/no primary key/);
  });
});

describe('a direct write through the API', () => {
  it('is recorded with who, when, what, before and after', async () => {
    const client = await clientAs(coordinator);
    const started = Date.now();
    const { data: added } = await client.from('departments').insert({ kind: 'municipal_unit', name: 'Zarząd Zieleni Miejskiej', short_name: `ZZM-${started}` }).select('id').single();
    await client.from('departments').update({ name: 'Zarząd Zieleni Miejskiej w Krakowie' }).eq('id', added!.id);
    await client.from('departments').delete().eq('id', added!.id);

    const rows = await auditOf(added!.id);
    expect(rows.map((row) => [row.op, row.action])).toEqual([
      ['INSERT', 'POST /departments'],
      ['UPDATE', 'PATCH /departments'],
      ['DELETE', 'DELETE /departments'],
    ]);
    for (const row of rows) expect(row).toMatchObject({ table_name: 'departments', actor_id: coordinator.id, actor_role: 'authenticated/coordinator' });
    expect(rows[1]).toMatchObject({ old_record: { name: 'Zarząd Zieleni Miejskiej' }, record: { name: 'Zarząd Zieleni Miejskiej w Krakowie' } });
    expect(rows[2]).toMatchObject({ old_record: { name: 'Zarząd Zieleni Miejskiej w Krakowie' }, record: null });
    const [{ ts }] = (await sql<{ ts: Date }>('select max(ts) as ts from audit.record_version where old_record_id = $1', [added!.id])) as [{ ts: Date }];
    expect(ts.getTime()).toBeGreaterThanOrEqual(started - 5_000);
  });

  it.each([
    ['programmes', async () => ({ id: (await createProgramme()).id, change: { title: 'Program po zmianie' } })],
    ['rounds', async () => ({ id: (await createRound()).id, change: { title: 'Tura po zmianie' } })],
  ] as const)('to %s is recorded too', async (table, fixture) => {
    const { id, change } = await fixture();
    await (await clientAs(coordinator)).from(table).update(change).eq('id', id);
    expect((await auditOf(id)).at(-1)).toMatchObject({ op: 'UPDATE', action: `PATCH /${table}`, actor_id: coordinator.id, record: change });
  });

  it('of a row with a composite key is recorded under a stable id', async () => {
    const round = await createRound();
    const department = await createDepartment();
    const client = await clientAs(coordinator);
    await client.from('round_departments').insert({ round_id: round.id, department_id: department.id });
    await client.from('round_departments').delete().eq('round_id', round.id);
    const rows = await sql<{ op: string; record_id: string | null; old_record_id: string | null }>(
      "select op, record_id, old_record_id from audit.record_version where table_name = 'round_departments' and coalesce(record, old_record) ->> 'round_id' = $1 order by id",
      [round.id],
    );
    expect(rows.map((row) => row.op)).toEqual(['INSERT', 'DELETE']);
    expect(rows[0]!.record_id).toBe(rows[1]!.old_record_id);
  });

  it('by the service role names no user, says which request it was, and never copies a secret', async () => {
    const { data } = await serviceClient().from('email_outbox').insert({ to_address: 'audyt@tura.test', template: 'magic-link', payload: { url: 'https://tura.test/api/auth/callback/email?token=sekret' } }).select('id').single();
    expect(await auditOf(data!.id)).toMatchObject([
      { op: 'INSERT', actor_id: null, actor_role: 'service_role', action: 'POST /email_outbox', record: { payload: '[redacted]', to_address: 'audyt@tura.test' } },
    ]);
  });

  it('that is truncation is recorded', async () => {
    await sql('create schema if not exists audit_test; create table if not exists audit_test.scratch (id int primary key)');
    await sql("select audit.track('audit_test.scratch')");
    await sql('insert into audit_test.scratch values (1); truncate audit_test.scratch');
    expect(await sql("select op, action from audit.record_version where table_schema = 'audit_test' and table_name = 'scratch' order by id")).toEqual([
      { op: 'INSERT', action: 'sql' },
      { op: 'TRUNCATE', action: 'sql' },
    ]);
  });
});

describe('the audit log', () => {
  it('cannot be changed, erased or emptied, not even by its owner, and the log from before it is frozen', async () => {
    await createDepartment();
    await expect(sql("update audit.record_version set action = 'erased' where id = (select max(id) from audit.record_version)")).rejects.toThrow(/append-only/);
    await expect(sql('delete from audit.record_version where id = (select max(id) from audit.record_version)')).rejects.toThrow(/append-only/);
    await expect(sql('truncate audit.record_version')).rejects.toThrow(/append-only/);
    await expect(sql("insert into audit.function_events (action, entity) values ('forged', 'round')")).rejects.toThrow(/append-only/);
  });

  it('is out of the API\'s reach for every role, the service role included', async () => {
    const clients = [anonClient(), serviceClient(), await clientAs(coordinator), await clientAs(await createUser('department'))];
    for (const client of clients) {
      const read = await client.schema('audit').from('record_version').select('id').limit(1);
      expect(read.data).toBeNull();
      expect(read.error?.code).toBe('PGRST106');
      const forged = await client.schema('audit').from('record_version').insert({ op: 'INSERT', action: 'forged' });
      expect(forged.error?.code).toBe('PGRST106');
    }
    expect((await anonClient().from('audit_log').select('id')).error?.code).toBe('42P01'); // no longer in the API's schema
  });
});
