import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { anonClient, clientAs, createUser, serviceClient, sql, stack } from './helpers';

/** Stand-ins for the keyed hashes the app sends: any opaque text, unique per test. */
const hash = () => randomUUID();

async function request(address: string, client: string): Promise<boolean> {
  const { data, error } = await serviceClient().rpc('request_sign_in_link', { address_hash: address, client_hash: client });
  if (error) throw new Error(error.message);
  return data as boolean;
}

const rowsOf = async (column: 'address_hash' | 'client_hash', value: string) =>
  sql<{ granted: boolean }>(`select granted from app.sign_in_requests where ${column} = $1 order by id`, [value]);

describe('sign-in throttle (request_sign_in_link)', () => {
  it('allows three links per address in ten minutes, whichever clients ask', async () => {
    const address = hash();
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await request(address, hash()));
    expect(answers).toEqual([true, true, true, false, false]);
    expect((await rowsOf('address_hash', address)).map((row) => row.granted)).toEqual(answers);
  });

  it('allows twenty requests per client in ten minutes, whatever addresses they name', async () => {
    const client = hash();
    const answers = [];
    for (let i = 0; i < 22; i++) answers.push(await request(hash(), client));
    expect(answers).toEqual([...Array(20).fill(true), false, false]);
  });

  it('a request refused for its client does not use up the address', async () => {
    const client = hash();
    for (let i = 0; i < 20; i++) await request(hash(), client);
    const address = hash();
    expect(await request(address, client)).toBe(false);
    expect([await request(address, hash()), await request(address, hash()), await request(address, hash())]).toEqual([true, true, true]);
  });

  it('counts and records in one step: a second instance waits for the first to commit, then sees its link', async () => {
    const address = hash();
    await request(address, hash());
    await request(address, hash());
    const [first, second] = [new pg.Client({ connectionString: stack.databaseUrl }), new pg.Client({ connectionString: stack.databaseUrl })];
    await Promise.all([first.connect(), second.connect()]);
    try {
      const ask = (connection: pg.Client) =>
        connection.query<{ allowed: boolean }>('select public.request_sign_in_link($1, $2) as allowed', [address, hash()]).then((result) => result.rows[0]!.allowed);
      await first.query('begin');
      expect(await ask(first)).toBe(true); // the third link, not committed yet
      const secondAnswer = ask(second);
      await new Promise((resolve) => setTimeout(resolve, 300));
      await first.query('commit');
      expect(await secondAnswer).toBe(false);
    } finally {
      await Promise.all([first.end(), second.end()]);
    }
  });

  it('forgets requests older than ten minutes, and deletes them', async () => {
    const address = hash();
    const client = hash();
    await sql(
      `insert into app.sign_in_requests (address_hash, client_hash, granted, requested_at)
       select $1, $2, true, now() - interval '11 minutes' from generate_series(1, 25)`,
      [address, client],
    );
    expect(await request(address, client)).toBe(true);
    expect(await rowsOf('address_hash', address)).toEqual([{ granted: true }]);
  });

  it('is the service role\'s alone: no user or visitor can call it or read the requests', async () => {
    const coordinator = await clientAs(await createUser('coordinator'));
    for (const client of [anonClient(), coordinator]) {
      const call = await client.rpc('request_sign_in_link', { address_hash: hash(), client_hash: hash() });
      expect(call.error?.code).toBe('42501');
      const read = await client.schema('app' as 'public').from('sign_in_requests').select('id');
      expect(read.error).not.toBeNull();
    }
    const [privilege] = await sql<{ granted: boolean }>(
      `select has_table_privilege('service_role', 'app.sign_in_requests', 'select') as granted`,
    );
    expect(privilege?.granted).toBe(false);
  });
});
