import { describe, expect, it } from 'vitest';
import { clientAs, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** A programme with a team that has a cancelled meeting and one that has nothing yet but a moderator's term. */
async function world() {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. kultury' },
      { programme_id: programme.id, name: 'Zespół ds. kultóry' },
    ])
    .select('id, name')
    .order('name');
  const [used, unused] = teams as { id: string }[];
  const { data: venue } = await service.from('venues').insert({ name: `Sala ${round.id.slice(0, 8)}` }).select('id').single();
  await service
    .from('meetings')
    .insert({ round_id: round.id, team_id: used!.id, venue_id: venue!.id, starts_at: '2011-10-24T12:00:00Z', ends_at: '2011-10-24T14:00:00Z', cancelled: true })
    .throwOnError();
  const moderator = await createUser('moderator');
  await service.from('team_moderators').insert({ team_id: unused!.id, profile_id: moderator.id, starts_on: '2011-01-01' }).throwOnError();
  return { programme, used: used!, unused: unused!, moderator };
}

const teamExists = async (id: string) => (await sql('select 1 from public.sector_teams where id = $1', [id])).length === 1;

describe('correcting and removing a team', () => {
  it('a coordinator renames a team; a name the programme already has is refused', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    expect((await coordinator.from('sector_teams').update({ name: 'Zespół ds. kultury i sztuki' }).eq('id', w.unused.id)).error).toBeNull();
    const taken = await coordinator.from('sector_teams').update({ name: 'Zespół ds. kultury' }).eq('id', w.unused.id);
    expect(taken.error?.message).toContain('sector_team_name_unique_in_programme');
    expect(await sql('select name from public.sector_teams where id = $1', [w.unused.id])).toEqual([{ name: 'Zespół ds. kultury i sztuki' }]);
  });

  it('a team with a meeting (even a cancelled one) is not removed, and the refusal names the meetings', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    const { error } = await coordinator.from('sector_teams').delete().eq('id', w.used.id);
    // The foreign key says `on delete restrict`: PostgreSQL 18 (PGlite) reports restrict_violation, 15 foreign_key_violation.
    expect(['23001', '23503']).toContain(error?.code);
    expect(error?.message).toContain('"meetings"');
    expect(await teamExists(w.used.id)).toBe(true);
  });

  it('an unused team is removed with its moderators’ terms', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    const { data, error } = await coordinator.from('sector_teams').delete().eq('id', w.unused.id).select('programme_id');
    expect(error).toBeNull();
    expect(data).toEqual([{ programme_id: w.programme.id }]);
    expect(await teamExists(w.unused.id)).toBe(false);
    expect(await sql('select 1 from public.team_moderators where team_id = $1', [w.unused.id])).toEqual([]);
  });

  it.each(['moderator', 'department'] as const)('a %s renames and removes nothing', async (role) => {
    const w = await world();
    const client = await clientAs(await createUser(role));
    await client.from('sector_teams').update({ name: 'Przejęty' }).eq('id', w.unused.id);
    await client.from('sector_teams').delete().eq('id', w.unused.id);
    expect(await sql('select name from public.sector_teams where id = $1', [w.unused.id])).toEqual([{ name: 'Zespół ds. kultóry' }]);
  });
});

describe('removing a programme', () => {
  it('is refused while it has rounds, naming them, and works when it has nothing', async () => {
    const coordinator = await clientAs(await createUser('coordinator'));
    const used = await createProgramme();
    await createRound({ programmeId: used.id });
    const refused = await coordinator.from('programmes').delete().eq('id', used.id);
    expect(['23001', '23503']).toContain(refused.error?.code);
    expect(refused.error?.message).toContain('"rounds"');
    expect(await sql('select 1 from public.programmes where id = $1', [used.id])).toHaveLength(1);

    const unused = await createProgramme();
    const { data } = await coordinator.from('programmes').delete().eq('id', unused.id).select('id');
    expect(data).toEqual([{ id: unused.id }]);
  });

  it('a moderator removes no programme', async () => {
    const programme = await createProgramme();
    await (await clientAs(await createUser('moderator'))).from('programmes').delete().eq('id', programme.id);
    expect(await sql('select 1 from public.programmes where id = $1', [programme.id])).toHaveLength(1);
  });
});
