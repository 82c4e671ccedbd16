import { describe, expect, it } from 'vitest';
import { editAssumption, findWritableAssumption } from '@/lib/db/assumptions';
import { DataError } from '@/lib/db/errors';
import { clientAs, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** A draft assumption of a moderated team, which nobody has given an opinion on: edits correct it in place. */
async function draft() {
  const programme = await createProgramme();
  await createRound({ programmeId: programme.id, status: 'consultation', isPublic: true });
  const { data: teams } = await serviceClient()
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. kultury' },
      { programme_id: programme.id, name: 'Zespół ds. sportu' },
    ])
    .select('id, name');
  const [culture, sport] = teams as { id: string }[];
  const coordinator = await createUser('coordinator');
  const moderator = await createUser('moderator');
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [culture!.id, moderator.id]);
  const create = async (team: { id: string }, number: number) =>
    (
      await (await clientAs(coordinator))
        .rpc('create_assumption', { programme_id: programme.id, team_id: team.id, kind: 'systemic', number, title: 'Kultura w dzielnicach', body: 'Domy kultury otwierają sale.' })
        .single<{ id: string }>()
    ).data!.id;
  const id = await create(culture!, 1);
  const otherTeams = await create(sport!, 2);
  // As PostgREST writes it, to the microsecond: the form sends it back as it got it.
  const [{ saved_at: savedAt }] = (await sql<{ saved_at: string }>("select to_json(updated_at)#>>'{}' as saved_at from public.assumption_revisions where assumption_id = $1", [id])) as [
    { saved_at: string },
  ];
  return { id, otherTeams, savedAt, coordinator, moderator };
}

const text = async (id: string) => sql('select revision, title from public.assumption_revisions where assumption_id = $1 order by revision', [id]);

describe('editing an assumption', () => {
  it('refuses a correction based on a state another editor has corrected since, and overwrites nothing', async () => {
    const d = await draft();
    const [coordinator, moderator] = [await clientAs(d.coordinator), await clientAs(d.moderator)];
    const basis = { id: d.id, basedOn: 1, basedOnSavedAt: d.savedAt, body: 'Domy kultury otwierają sale po południu.' };
    expect(await editAssumption(moderator, { ...basis, title: 'Kultura w każdej dzielnicy' })).toMatchObject({ revision: 1 });

    const stale = await editAssumption(coordinator, { ...basis, title: 'Kultura blisko domu' }).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(DataError);
    expect((stale as DataError).hint).toBe('assumptions.conflict');
    expect(await text(d.id)).toEqual([{ revision: 1, title: 'Kultura w każdej dzielnicy' }]);
  });

  it('saves a correction based on the latest state, and without that state checks the revision only', async () => {
    const d = await draft();
    const coordinator = await clientAs(d.coordinator);
    const saved = await coordinator
      .rpc('edit_assumption', { assumption_id: d.id, based_on: 1, based_on_saved_at: d.savedAt, title: 'Kultura blisko domu', body: 'Sale po południu.' })
      .single<{ updated_at: string }>();
    expect(saved.error).toBeNull();
    expect(
      (await coordinator.rpc('edit_assumption', { assumption_id: d.id, based_on: 1, based_on_saved_at: saved.data!.updated_at, title: 'Kultura w dzielnicach', body: 'Sale.' })).error,
    ).toBeNull();
    expect((await coordinator.rpc('edit_assumption', { assumption_id: d.id, based_on: 1, title: 'Bez znacznika', body: 'Sale.' })).error).toBeNull();
    expect(await text(d.id)).toEqual([{ revision: 1, title: 'Bez znacznika' }]);
  });

  it('is offered on the pages to the writers of the team only: not to a moderator of another team, though they read it once open', async () => {
    const d = await draft();
    const [coordinator, moderator] = [await clientAs(d.coordinator), await clientAs(d.moderator)];
    await coordinator.rpc('open_assumptions', { assumption_ids: [d.otherTeams] });
    expect((await moderator.from('assumptions').select('id').eq('id', d.otherTeams)).data).toEqual([{ id: d.otherTeams }]);
    expect(await findWritableAssumption(moderator, d.moderator, d.otherTeams)).toBeNull();
    expect((await findWritableAssumption(moderator, d.moderator, d.id))?.id).toBe(d.id);
    expect((await findWritableAssumption(coordinator, d.coordinator, d.otherTeams))?.id).toBe(d.otherTeams);
  });
});
