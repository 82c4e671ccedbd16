import { describe, expect, it } from 'vitest';
import { clientAs, createDepartment, createProgramme, createRound, createUser, sql } from './helpers';

const departmentsOf = async (roundId: string) =>
  (
    await sql<{ department_id: string; kind: string }>(
      'select rd.department_id, d.kind from public.round_departments rd join public.departments d on d.id = rd.department_id where rd.round_id = $1',
      [roundId],
    )
  );

async function roundByCoordinator(programmeId: string, number: number) {
  const coordinator = await clientAs(await createUser('coordinator'));
  const { data, error } = await coordinator.from('rounds').insert({ programme_id: programmeId, number, title: `Tura ${number}` }).select('id').single();
  expect(error).toBeNull();
  return { id: data!.id as string, coordinator };
}

describe('a new round’s departments', () => {
  it('a programme’s first round starts with every department but the coordinating ones', async () => {
    const [city, unit, coordinating] = await Promise.all([createDepartment('city_department'), createDepartment('municipal_unit'), createDepartment('coordinating')]);
    const programme = await createProgramme();
    const { id } = await roundByCoordinator(programme.id, 1);
    const taking = await departmentsOf(id);
    const ids = taking.map((row) => row.department_id);
    expect(ids).toEqual(expect.arrayContaining([city.id, unit.id]));
    expect(ids).not.toContain(coordinating.id);
    expect(taking.every((row) => row.kind !== 'coordinating')).toBe(true);
  });

  it('a later round starts with the departments of the programme’s latest round that had any', async () => {
    const [sports, roads] = await Promise.all([createDepartment('city_department'), createDepartment('municipal_unit')]);
    const programme = await createProgramme();
    const first = await roundByCoordinator(programme.id, 1);
    const { error } = await first.coordinator.rpc('set_round_departments', { round_id: first.id, department_ids: [sports.id, roads.id] });
    expect(error).toBeNull();
    // A round without departments (written by the service role) does not count as the one to copy.
    await createRound({ programmeId: programme.id });

    const second = await roundByCoordinator(programme.id, 3);
    expect((await departmentsOf(second.id)).map((row) => row.department_id).sort()).toEqual([sports.id, roads.id].sort());
    // Changing them later works as before.
    expect((await second.coordinator.rpc('set_round_departments', { round_id: second.id, department_ids: [sports.id] })).error).toBeNull();
    expect((await departmentsOf(second.id)).map((row) => row.department_id)).toEqual([sports.id]);
  });

  it('rounds written without a user (seed data, the service role) get none', async () => {
    const round = await createRound();
    expect(await departmentsOf(round.id)).toEqual([]);
  });

  it('a refused round adds no departments either', async () => {
    const programme = await createProgramme();
    const moderator = await clientAs(await createUser('moderator'));
    const { error } = await moderator.from('rounds').insert({ programme_id: programme.id, number: 1, title: 'Obca tura' });
    expect(error?.code).toBe('42501');
    expect(await sql('select 1 from public.round_departments rd join public.rounds r on r.id = rd.round_id where r.programme_id = $1', [programme.id])).toEqual([]);
  });
});
