import { describe, expect, it } from 'vitest';
import { currentTitle, getAssumption, listAssumptions, listMyTeams, listWritableTeams } from '@/lib/db/assumptions';
import { countDepartmentStaff } from '@/lib/db/opinion-requests';
import { askAgainCandidates, opinionsPerRevision, requestProgress } from '@/lib/opinions/requests';
import { clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A programme with a moderated team and another team, an open assumption of each, asked of two
 * departments; one department answered the first revision, which was then edited.
 */
async function world() {
  const service = serviceClient();
  const programme = await createProgramme();
  // Public: moderators read the teams of programmes they may read (with a public round, or one their team meets in).
  const round = await createRound({ programmeId: programme.id, status: 'consultation', isPublic: true });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. sportu', sort_order: 1 },
      { programme_id: programme.id, name: 'Zespół ds. kultury', sort_order: 2 },
    ])
    .select('id, name')
    .order('sort_order');
  const [sport, culture] = teams as { id: string; name: string }[];
  const moderator = await createUser('moderator');
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [sport!.id, moderator.id]);
  const [sports, zikit] = [await createDepartment(), await createDepartment('municipal_unit')];
  await service.from('round_departments').insert([sports, zikit].map((department) => ({ round_id: round.id, department_id: department.id })));
  const users = {
    coordinator: await createUser('coordinator'),
    moderator,
    sports: await createUser('department', { departmentId: sports.id }),
    sportsInactive: await createUser('department', { departmentId: sports.id, active: false }),
  };
  const coordinator = await clientAs(users.coordinator);
  const sportsClient = await clientAs(users.sports);

  const create = async (team: { id: string }, number: number, title: string) =>
    (await coordinator.rpc('create_assumption', { programme_id: programme.id, team_id: team.id, kind: 'substantive', number, title, body: `${title}: treść.` }).single<{ id: string }>()).data!;
  const sportAssumption = await create(sport!, 1, 'Sport dzieci');
  const cultureAssumption = await create(culture!, 2, 'Festiwale');
  const draftAssumption = await create(culture!, 3, 'Kultura w dzielnicach');
  await coordinator.rpc('open_assumptions', { assumption_ids: [sportAssumption.id, cultureAssumption.id] });
  await coordinator.rpc('request_opinions', { round_id: round.id, department_ids: [sports.id, zikit.id], assumption_ids: [sportAssumption.id], deadline: inDays(14) });
  const [request] = await sql<{ id: string }>('select id from public.opinion_requests where assumption_id = $1 and department_id = $2', [sportAssumption.id, sports.id]);
  const saved = (await sportsClient.rpc('save_opinion_draft', { request_id: request!.id, expected_version: 0, stance: 'supports', justification: '', proposed_wording: '' }).single<{ version: number }>()).data!;
  await sportsClient.rpc('submit_opinion', { request_id: request!.id, expected_version: saved.version });
  await coordinator.rpc('edit_assumption', { assumption_id: sportAssumption.id, based_on: 1, title: 'Sport dzieci i młodzieży', body: 'Sport dzieci i młodzieży: treść.' });

  return { programme, sport: sport!, culture: culture!, sports, zikit, users, sportAssumption, cultureAssumption, draftAssumption };
}

describe('the assumption pages\' queries', () => {
  it('list a programme\'s assumptions with the current title and the counts, and a moderator\'s teams only when asked for them', async () => {
    const w = await world();
    const coordinator = await clientAs(w.users.coordinator);
    const all = await listAssumptions(coordinator, w.programme.id, [w.sport.id, w.culture.id]);
    expect(all.map((assumption) => [assumption.number, assumption.status, currentTitle(assumption), requestProgress(assumption.requests)])).toEqual([
      [1, 'open', 'Sport dzieci i młodzieży', { asked: 2, answered: 1 }],
      [2, 'open', 'Festiwale', { asked: 0, answered: 0 }],
      [3, 'draft', 'Kultura w dzielnicach', { asked: 0, answered: 0 }],
    ]);

    const moderator = await clientAs(w.users.moderator);
    expect((await listAssumptions(moderator, w.programme.id, [w.sport.id])).map((assumption) => [assumption.number, requestProgress(assumption.requests)])).toEqual([
      [1, { asked: 2, answered: 1 }],
    ]);
    // RLS alone would also show the moderator the other team's open assumption, never its draft.
    expect((await listAssumptions(moderator, w.programme.id, [w.culture.id])).map((assumption) => assumption.number)).toEqual([2]);
  });

  it('read one assumption with every revision in order, and which requests read which revision', async () => {
    const w = await world();
    const assumption = (await getAssumption(await clientAs(w.users.coordinator), w.sportAssumption.id))!;
    expect(assumption.team.name).toBe('Zespół ds. sportu');
    expect(assumption.programme.title).toBe(w.programme.title);
    expect(assumption.revisions.map((revision) => [revision.revision, revision.title, revision.author?.full_name])).toEqual([
      [1, 'Sport dzieci', 'Test coordinator'],
      [2, 'Sport dzieci i młodzieży', 'Test coordinator'],
    ]);
    const [first, second] = assumption.revisions;
    expect(opinionsPerRevision(assumption.requests)).toEqual(new Map([[first!.id, 1]]));
    expect(askAgainCandidates(assumption.requests, second!.id).map((request) => [request.department.name, request.revision.revision])).toEqual([[w.sports.name, 1]]);

    // Department staff read an open assumption, but not the other department's requests on it.
    const seenBySports = (await getAssumption(await clientAs(w.users.sports), w.sportAssumption.id))!;
    expect(seenBySports.requests.map((request) => request.department_id)).toEqual([w.sports.id]);
    expect(await getAssumption(await clientAs(w.users.sports), w.draftAssumption.id)).toBeNull();
  });

  it('name the teams each role writes: the coordinator every team, a moderator their current ones, department staff none', async () => {
    const w = await world();
    const names = async (user: typeof w.users.coordinator) => (await listWritableTeams(await clientAs(user), user, w.programme.id)).map((team) => team.name);
    expect(await names(w.users.coordinator)).toEqual(['Zespół ds. sportu', 'Zespół ds. kultury']);
    expect(await names(w.users.moderator)).toEqual(['Zespół ds. sportu']);
    expect(await names(w.users.sports)).toEqual([]);
    expect((await listMyTeams(await clientAs(w.users.moderator), w.users.moderator.id)).map((team) => [team.name, team.programme.id])).toEqual([
      ['Zespół ds. sportu', w.programme.id],
    ]);

    await sql("update public.team_moderators set ends_on = '2011-06-01', end_reason = 'resigned' where profile_id = $1", [w.users.moderator.id]);
    expect(await names(w.users.moderator)).toEqual([]);
  });

  it('count the active staff who get a department\'s e-mails, for the coordinator', async () => {
    const w = await world();
    expect(await countDepartmentStaff(await clientAs(w.users.coordinator), [w.sports.id, w.zikit.id])).toEqual({ [w.sports.id]: 1, [w.zikit.id]: 0 });
  });
});
