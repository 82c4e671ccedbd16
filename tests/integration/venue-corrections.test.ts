import { describe, expect, it } from 'vitest';
import { clientAs, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** A venue with two rooms, one of them booked by a cancelled meeting, and a venue with nothing booked. */
async function world() {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id });
  const { data: team } = await service.from('sector_teams').insert({ programme_id: programme.id, name: 'Zespół ds. kultury' }).select('id').single();
  const tag = round.id.slice(0, 8);
  const { data: venues } = await service.from('venues').insert([{ name: `MOWIS ${tag}` }, { name: `Pomyłka ${tag}` }]).select('id, name').order('name');
  const [used, unused] = venues as { id: string }[];
  const { data: rooms } = await service.from('venue_rooms').insert([{ venue_id: used!.id, name: '102' }, { venue_id: used!.id, name: '103' }]).select('id, name').order('name');
  const [room102, room103] = rooms as { id: string }[];
  await service.from('venue_rooms').insert({ venue_id: unused!.id, name: '1' }).throwOnError();
  await service
    .from('meetings')
    .insert({ round_id: round.id, team_id: team!.id, venue_id: used!.id, room_id: room103!.id, starts_at: '2011-10-24T12:00:00Z', ends_at: '2011-10-24T14:00:00Z', cancelled: true })
    .throwOnError();
  return { used: used!, unused: unused!, room102: room102!, room103: room103! };
}

const count = async (table: string, id: string) => (await sql(`select 1 from public.${table} where id = $1`, [id])).length;

describe('correcting and removing venues and rooms', () => {
  it('a coordinator corrects a venue and renames a room; a duplicate room name is refused', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    expect((await coordinator.from('venues').update({ name: 'MOWIS (poprawione)', address: 'os. Centrum C 10' }).eq('id', w.used.id)).error).toBeNull();
    expect((await coordinator.from('venue_rooms').update({ name: '102a' }).eq('id', w.room102.id)).error).toBeNull();
    const duplicate = await coordinator.from('venue_rooms').insert({ venue_id: w.used.id, name: '103' });
    expect(duplicate.error?.message).toContain('venue_room_unique');
    expect(await sql('select name from public.venue_rooms where venue_id = $1 order by name', [w.used.id])).toEqual([{ name: '102a' }, { name: '103' }]);
  });

  it('a room or venue with a meeting (even cancelled) is not removed, and the refusal names the meetings', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    const room = await coordinator.from('venue_rooms').delete().eq('id', w.room103.id);
    expect(room.error?.message).toContain('"meetings"');
    const venue = await coordinator.from('venues').delete().eq('id', w.used.id);
    expect(venue.error?.message).toContain('"meetings"');
    expect(await count('venue_rooms', w.room103.id)).toBe(1);
    expect(await count('venues', w.used.id)).toBe(1);
  });

  it('an unused room, and an unused venue with its rooms, are removed', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    expect((await coordinator.from('venue_rooms').delete().eq('id', w.room102.id).select('id')).data).toEqual([{ id: w.room102.id }]);
    expect((await coordinator.from('venues').delete().eq('id', w.unused.id).select('id')).data).toEqual([{ id: w.unused.id }]);
    expect(await sql('select 1 from public.venue_rooms where venue_id = $1', [w.unused.id])).toEqual([]);
  });

  it.each(['moderator', 'department'] as const)('a %s changes and removes nothing', async (role) => {
    const w = await world();
    const client = await clientAs(await createUser(role));
    await client.from('venues').update({ name: 'Przejęte' }).eq('id', w.unused.id);
    await client.from('venue_rooms').delete().eq('id', w.room102.id);
    await client.from('venues').delete().eq('id', w.unused.id);
    expect(await count('venue_rooms', w.room102.id)).toBe(1);
    expect((await sql<{ name: string }>('select name from public.venues where id = $1', [w.unused.id]))[0]?.name).toMatch(/^Pomyłka/);
  });
});
