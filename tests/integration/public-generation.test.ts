import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { anonClient, createDepartment, createRound, sql, stack } from './helpers';

/** The public generation as a web server reads it: through PostgREST, as a visitor. */
async function generation(): Promise<number> {
  const { data, error } = await anonClient().rpc('public_generation');
  if (error) throw new Error(error.message);
  return Number(data);
}

describe("the public generation (what tells the web servers' page caches to render again)", () => {
  it('moves with every change to what visitors may read', async () => {
    const before = await generation();
    const round = await createRound({ isPublic: true });
    const created = await generation();
    expect(created).toBeGreaterThan(before);
    await sql(`update public.rounds set title = title || ' (poprawiona)' where id = $1`, [round.id]);
    expect(await generation()).toBeGreaterThan(created);
  });

  // The embedded database serves one connection at a time: an open transaction there holds PostgREST off.
  it.skipIf(stack.embedded)('moves when the change commits, not before: a server never keeps the old page under the new number', async () => {
    const round = await createRound({ isPublic: true });
    const before = await generation();
    const writer = new pg.Client({ connectionString: stack.databaseUrl });
    await writer.connect();
    try {
      await writer.query('begin');
      await writer.query(`update public.rounds set title = 'W trakcie zmiany' where id = $1`, [round.id]);
      expect(await generation()).toBe(before);
      await writer.query('commit');
      expect(await generation()).toBeGreaterThan(before);
    } finally {
      await writer.end();
    }
  });

  it('stays while staff work on what visitors do not read (who takes part in a round, e-mails)', async () => {
    const round = await createRound({ isPublic: true });
    const department = await createDepartment();
    const before = await generation();
    await sql(`insert into public.round_departments (round_id, department_id) values ($1, $2)`, [round.id, department.id]);
    await sql(`delete from public.round_departments where round_id = $1`, [round.id]);
    expect(await generation()).toBe(before);
  });

  it('cannot be moved by a visitor or a signed-in user, only read', async () => {
    const [privileges] = await sql<{ anon: boolean; authenticated: boolean }>(
      `select has_table_privilege('anon', 'app.public_generation', 'update') as anon,
              has_table_privilege('authenticated', 'app.public_generation', 'update') as authenticated`,
    );
    expect(privileges).toEqual({ anon: false, authenticated: false });
    const { error } = await anonClient().rpc('touch_public_generation');
    expect(error).not.toBeNull();
  });
});
