import type { SupabaseClient } from '@supabase/supabase-js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenUser } from '@/lib/supabase/jwt';
import {
  anonClient,
  clientAs,
  createDepartment,
  createProgramme,
  createRound,
  createUser,
  serviceClient,
  sql,
} from './helpers';

type Actor = 'anon' | 'coordinator' | 'department' | 'moderator' | 'inactiveCoordinator';

let users: Record<Exclude<Actor, 'anon'>, TokenUser>;
let clients: Record<Actor, SupabaseClient>;

beforeAll(async () => {
  users = {
    coordinator: await createUser('coordinator'),
    department: await createUser('department'),
    moderator: await createUser('moderator'),
    inactiveCoordinator: await createUser('coordinator', { active: false }),
  };
  clients = {
    anon: anonClient(),
    coordinator: await clientAs(users.coordinator),
    department: await clientAs(users.department),
    moderator: await clientAs(users.moderator),
    inactiveCoordinator: await clientAs(users.inactiveCoordinator),
  };
});

/** Wydział Spraw Społecznych, from supabase/seed.sql. */
const SEEDED_COORDINATING_DEPARTMENT = '10000000-0000-4000-8000-000000000001';
const NOT_COORDINATORS: Actor[] = ['anon', 'department', 'moderator', 'inactiveCoordinator'];

/**
 * Makes `actor` take part in `round`: their department joins it, or they moderate a team with a
 * meeting in it. Returns that team.
 */
async function takePart(actor: Actor, round: { id: string; programme_id: string }): Promise<string> {
  const team = (await sql<{ id: string }>(
    "insert into public.sector_teams (programme_id, name) values ($1, 'Zespół ds. udziału') returning id",
    [round.programme_id],
  ))[0]!.id;
  if (actor === 'department') {
    await sql('insert into public.round_departments (round_id, department_id) values ($1, $2)', [round.id, users.department.departmentId]);
  } else {
    const venue = (await sql<{ id: string }>("insert into public.venues (name) values ('Sala ' || gen_random_uuid()) returning id"))[0]!.id;
    await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [team, users.moderator.id]);
    await sql(
      "insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at) values ($1, $2, $3, '2011-10-11 12:00Z', '2011-10-11 14:00Z')",
      [round.id, team, venue],
    );
  }
  return team;
}

/** A write that must not happen: refused with an error, or matching no row. */
async function expectRefusedOrNothing(result: PromiseLike<{ data: unknown; error: unknown }>) {
  const { data, error } = await result;
  if (!error) expect(data).toEqual([]);
}

describe('departments', () => {
  it.each<Actor>(['anon', 'coordinator', 'department', 'moderator'])('%s can read them', async (actor) => {
    const department = await createDepartment('municipal_unit');
    const { data } = await clients[actor].from('departments').select('id, name').eq('id', department.id);
    expect(data).toEqual([{ id: department.id, name: department.name }]);
  });

  it('a coordinator can add, rename and remove one', async () => {
    const client = clients.coordinator;
    const added = await client.from('departments').insert({ kind: 'city_department', name: 'Wydział Nowy', short_name: 'WN' }).select().single();
    expect(added.error).toBeNull();
    const renamed = await client.from('departments').update({ name: 'Wydział Nowszy' }).eq('id', added.data.id).select('name');
    expect(renamed.data).toEqual([{ name: 'Wydział Nowszy' }]);
    const removed = await client.from('departments').delete().eq('id', added.data.id).select('id');
    expect(removed.data).toEqual([{ id: added.data.id }]);
  });

  it.each(NOT_COORDINATORS)('%s cannot add, rename or remove one', async (actor) => {
    const department = await createDepartment();
    const client = clients[actor];
    const insert = await client.from('departments').insert({ kind: 'city_department', name: `Obcy ${actor}`, short_name: `O-${actor}` });
    expect(insert.error?.code).toBe('42501');
    await expectRefusedOrNothing(client.from('departments').update({ name: 'Przejęty' }).eq('id', department.id).select());
    await expectRefusedOrNothing(client.from('departments').delete().eq('id', department.id).select());
    expect(await sql('select name from public.departments where id = $1', [department.id])).toEqual([{ name: department.name }]);
  });
});

describe('profiles', () => {
  it('anon reads none', async () => {
    const { data } = await clients.anon.from('profiles').select('id');
    expect(data).toEqual([]);
  });

  it.each<Actor>(['department', 'moderator', 'inactiveCoordinator'])('%s reads only their own', async (actor) => {
    const { data } = await clients[actor].from('profiles').select('id');
    expect(data).toEqual([{ id: users[actor as Exclude<Actor, 'anon'>].id }]);
  });

  it('a coordinator reads every one', async () => {
    const { data } = await clients.coordinator.from('profiles').select('id');
    const ids = (data ?? []).map((row) => row.id);
    expect(ids).toEqual(expect.arrayContaining(Object.values(users).map((user) => user.id)));
  });

  it('a coordinator changes other users only through the audited functions, not the table', async () => {
    const other = await createUser('moderator');
    await expectRefusedOrNothing(clients.coordinator.from('profiles').update({ role: 'coordinator', active: false }).eq('id', other.id).select());
    expect(await sql('select role, active from public.profiles where id = $1', [other.id])).toEqual([{ role: 'moderator', active: true }]);
  });

  it.each(NOT_COORDINATORS)('%s cannot add users or change another user', async (actor) => {
    const other = await createUser('moderator');
    const insert = await clients[actor].from('profiles').insert({ email: `intruz-${actor}@tura.test`, role: 'coordinator' });
    expect(insert.error?.code).toBe('42501');
    await expectRefusedOrNothing(clients[actor].from('profiles').update({ role: 'coordinator' }).eq('id', other.id).select());
    expect(await sql('select role from public.profiles where id = $1', [other.id])).toEqual([{ role: 'moderator' }]);
  });

  it.each<[Exclude<Actor, 'anon' | 'inactiveCoordinator'>, Record<string, unknown>]>([
    ['department', { role: 'coordinator' }],
    ['moderator', { role: 'coordinator' }],
    ['coordinator', { active: false }],
    ['moderator', { department_id: SEEDED_COORDINATING_DEPARTMENT }],
    ['moderator', { active: false }],
  ])('%s cannot change their own %o', async (actor, change) => {
    const user = users[actor];
    await expectRefusedOrNothing(clients[actor].from('profiles').update(change).eq('id', user.id).select());
    const [row] = await sql('select role, active, department_id from public.profiles where id = $1', [user.id]);
    expect(row).toEqual({ role: actor, active: true, department_id: user.departmentId });
  });

  it('an active user can change their own name', async () => {
    const { data } = await clients.moderator.from('profiles').update({ full_name: 'Nowe Nazwisko' }).eq('id', users.moderator.id).select('full_name');
    expect(data).toEqual([{ full_name: 'Nowe Nazwisko' }]);
  });
});

describe('programmes', () => {
  it('anon reads a programme only once it has a public round', async () => {
    const hidden = await createProgramme();
    const shown = await createProgramme();
    await createRound({ programmeId: shown.id, isPublic: true });
    const { data } = await clients.anon.from('programmes').select('id').in('id', [hidden.id, shown.id]);
    expect(data).toEqual([{ id: shown.id }]);
  });

  it('a coordinator reads programmes without a public round', async () => {
    const programme = await createProgramme();
    const { data } = await clients.coordinator.from('programmes').select('id').eq('id', programme.id);
    expect(data).toEqual([{ id: programme.id }]);
  });

  it.each<Actor>(['department', 'moderator'])('%s reads a programme without a public round only once they take part in one of its rounds', async (actor) => {
    const programme = await createProgramme();
    const round = await createRound({ programmeId: programme.id });
    const read = () => clients[actor].from('programmes').select('id').eq('id', programme.id);
    expect((await read()).data).toEqual([]);
    await takePart(actor, round);
    expect((await read()).data).toEqual([{ id: programme.id }]);
  });

  it('a coordinator can create and edit one', async () => {
    const created = await clients.coordinator.from('programmes').insert({ title: 'Program 2015–2017', year_from: 2015, year_to: 2017 }).select().single();
    expect(created.error).toBeNull();
    const edited = await clients.coordinator.from('programmes').update({ year_to: 2018 }).eq('id', created.data.id).select('year_to');
    expect(edited.data).toEqual([{ year_to: 2018 }]);
  });

  it.each(NOT_COORDINATORS)('%s cannot create, edit or remove one', async (actor) => {
    const programme = await createProgramme();
    const insert = await clients[actor].from('programmes').insert({ title: 'Obcy program', year_from: 2015, year_to: 2017 });
    expect(insert.error?.code).toBe('42501');
    await expectRefusedOrNothing(clients[actor].from('programmes').update({ title: 'Zmieniony' }).eq('id', programme.id).select());
    await expectRefusedOrNothing(clients[actor].from('programmes').delete().eq('id', programme.id).select());
    expect(await sql('select title from public.programmes where id = $1', [programme.id])).toEqual([{ title: programme.title }]);
  });

  it('refuses years in the wrong order', async () => {
    const { error } = await clients.coordinator.from('programmes').insert({ title: 'Wstecz', year_from: 2014, year_to: 2012 });
    expect(error?.code).toBe('23514');
  });
});

describe('rounds', () => {
  it('anon reads public rounds only', async () => {
    const open = await createRound({ isPublic: true });
    const closed = await createRound({ isPublic: false });
    const { data } = await clients.anon.from('rounds').select('id').in('id', [open.id, closed.id]);
    expect(data).toEqual([{ id: open.id }]);
  });

  it('a coordinator reads rounds that are not public', async () => {
    const round = await createRound({ isPublic: false });
    const { data } = await clients.coordinator.from('rounds').select('id').eq('id', round.id);
    expect(data).toEqual([{ id: round.id }]);
  });

  it.each<Actor>(['department', 'moderator'])('%s reads a round that is not public only while taking part in it', async (actor) => {
    const round = await createRound({ isPublic: false });
    const read = async () => ({
      rounds: (await clients[actor].from('rounds').select('id').eq('id', round.id)).data,
      departments: (await clients[actor].from('round_departments').select('round_id').eq('round_id', round.id)).data,
      teams: (await clients[actor].from('sector_teams').select('id').eq('programme_id', round.programme_id)).data,
    });
    expect(await read()).toEqual({ rounds: [], departments: [], teams: [] });
    const team = await takePart(actor, round);
    const now = await read();
    expect(now.rounds).toEqual([{ id: round.id }]);
    expect(now.teams).toContainEqual({ id: team });
    if (actor === 'department') expect(now.departments).toEqual([{ round_id: round.id }]);
  });

  it.each<Actor>(['department', 'moderator'])('%s reads public rounds they take no part in', async (actor) => {
    const round = await createRound({ isPublic: true });
    const { data } = await clients[actor].from('rounds').select('id').eq('id', round.id);
    expect(data).toEqual([{ id: round.id }]);
  });

  it('an inactive user reads only public rounds', async () => {
    const round = await createRound({ isPublic: false });
    const { data } = await clients.inactiveCoordinator.from('rounds').select('id').eq('id', round.id);
    expect(data).toEqual([]);
  });

  it('a coordinator can plan a round and edit it, but not set its status directly', async () => {
    const programme = await createProgramme();
    const planned = await clients.coordinator.from('rounds').insert({ programme_id: programme.id, number: 1, title: 'I tura' }).select().single();
    expect(planned.data?.status).toBe('planning');
    const edited = await clients.coordinator.from('rounds').update({ title: 'I tura spotkań', is_public: true }).eq('id', planned.data.id).select('title, is_public');
    expect(edited.data).toEqual([{ title: 'I tura spotkań', is_public: true }]);

    const statusWrite = await clients.coordinator.from('rounds').update({ status: 'closed' }).eq('id', planned.data.id);
    expect(statusWrite.error?.code).toBe('42501');
    const skipPlanning = await clients.coordinator.from('rounds').insert({ programme_id: programme.id, number: 2, title: 'II tura', status: 'closed' });
    expect(skipPlanning.error?.code).toBe('42501');
    expect(await sql('select status from public.rounds where programme_id = $1', [programme.id])).toEqual([{ status: 'planning' }]);
  });

  it.each(NOT_COORDINATORS)('%s cannot plan, edit or remove a round', async (actor) => {
    const round = await createRound({ isPublic: true });
    const insert = await clients[actor].from('rounds').insert({ programme_id: round.programme_id, number: 98, title: 'Obca tura' });
    expect(insert.error?.code).toBe('42501');
    await expectRefusedOrNothing(clients[actor].from('rounds').update({ title: 'Zmieniona' }).eq('id', round.id).select());
    await expectRefusedOrNothing(clients[actor].from('rounds').delete().eq('id', round.id).select());
    expect(await sql('select title from public.rounds where id = $1', [round.id])).toEqual([{ title: round.title }]);
  });

  it('a coordinator can remove a round only while it is being planned', async () => {
    const planning = await createRound();
    const running = await createRound({ status: 'consultation' });
    expect((await clients.coordinator.from('rounds').delete().eq('id', planning.id).select('id')).data).toEqual([{ id: planning.id }]);
    expect((await clients.coordinator.from('rounds').delete().eq('id', running.id).select('id')).data).toEqual([]);
  });
});

describe('e-mail outbox', () => {
  it.each<Actor>(['anon', 'coordinator', 'department', 'moderator'])('%s cannot read what it carries, nor write it', async (actor) => {
    // Coordinators read the failed e-mails' recipients and errors (outbox.test.ts), never their payload.
    const read = await clients[actor].from('email_outbox').select('payload');
    expect(read.error?.code).toBe('42501');
    const insert = await clients[actor].from('email_outbox').insert({ to_address: 'x@tura.test', template: 'spam' });
    expect(insert.error?.code).toBe('42501');
  });

  it('the service role (the dispatcher) reads and writes it', async () => {
    const service = serviceClient();
    const queued = await service.from('email_outbox').insert({ to_address: 'ktos@tura.test', template: 'test' }).select('status').single();
    expect(queued.data).toEqual({ status: 'pending' });
  });
});
