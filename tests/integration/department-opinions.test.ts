import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/db/errors';
import { getDepartmentRequest, getOpinion, getReplacedRequest, listDepartmentRequests, saveOpinionDraft, submitOpinion, withdrawOpinion } from '@/lib/db/opinions';
import { clientAs, createDepartment, createRound, createUser, serviceClient } from './helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A round in consultation with two departments asked about two assumptions of one team. */
async function world() {
  const round = await createRound({ status: 'consultation' });
  const { data: team } = await serviceClient().from('sector_teams').insert({ programme_id: round.programme_id, name: 'Zespół ds. sportu' }).select('id').single();
  const [sports, zikit] = [await createDepartment(), await createDepartment('municipal_unit')];
  await serviceClient().from('round_departments').insert([sports, zikit].map((department) => ({ round_id: round.id, department_id: department.id })));
  const coordinator = await clientAs(await createUser('coordinator'));
  const staff = await createUser('department', { departmentId: sports.id });
  const clients = { coordinator, sports: await clientAs(staff), zikit: await clientAs(await createUser('department', { departmentId: zikit.id })) };
  const assumptions: string[] = [];
  for (const [number, title] of [[2, 'Otwarte konkursy ofert'], [1, 'Zasady współpracy']] as const) {
    const { data } = await coordinator
      .rpc('create_assumption', { programme_id: round.programme_id, team_id: team!.id, kind: 'systemic', number, title, body: `${title}: treść pierwsza.` })
      .single<{ id: string }>();
    assumptions.push(data!.id);
  }
  await coordinator.rpc('open_assumptions', { assumption_ids: assumptions });
  await coordinator.rpc('request_opinions', { round_id: round.id, department_ids: [sports.id], assumption_ids: [assumptions[0]], deadline: inDays(10) });
  await coordinator.rpc('request_opinions', { round_id: round.id, department_ids: [sports.id, zikit.id], assumption_ids: [assumptions[1]], deadline: inDays(3) });
  const requests = await listDepartmentRequests(clients.sports, sports.id);
  return { round, sports, zikit, staff, clients, assumptions, requests };
}

const draft = (requestId: string, expectedVersion: number, justification: string) => ({
  requestId,
  expectedVersion,
  stance: 'supports_with_changes' as const,
  justification,
  proposedWording: '',
});

describe("the department's opinions, as the app reads and writes them", () => {
  it("lists the department's own requests, oldest deadline first, with the assumption, its revision and round, and nothing of another department", async () => {
    const w = await world();
    expect(w.requests.map((request) => [request.revision.title, request.deadline, request.opinion])).toEqual([
      ['Zasady współpracy', inDays(3), null],
      ['Otwarte konkursy ofert', inDays(10), null],
    ]);
    expect(w.requests[0]).toMatchObject({ round: { id: w.round.id }, assumption: { kind: 'systemic', number: 1, team: { name: 'Zespół ds. sportu' } } });
    expect(await listDepartmentRequests(w.clients.zikit, w.sports.id)).toEqual([]);
    expect((await listDepartmentRequests(w.clients.zikit, w.zikit.id)).map((request) => request.revision.title)).toEqual(['Zasady współpracy']);
    expect(await getDepartmentRequest(w.clients.zikit, w.requests[1]!.id)).toBeNull();
  });

  it('saves, refuses a stale save with the conflict, submits once, withdraws with the text kept', async () => {
    const w = await world();
    const requestId = w.requests[0]!.id;
    const first = await saveOpinionDraft(w.clients.sports, draft(requestId, 0, 'Pierwsza wersja'));
    expect(first).toMatchObject({ state: 'draft', version: 1, justification: 'Pierwsza wersja' });
    const stale = await saveOpinionDraft(w.clients.sports, draft(requestId, 0, 'Z drugiej karty')).catch((error: unknown) => error);
    expect(stale).toBeInstanceOf(DataError);
    expect((stale as DataError).hint).toBe('opinions.conflict');
    expect(await getOpinion(w.clients.sports, requestId)).toMatchObject({ version: 1, justification: 'Pierwsza wersja' });
    expect(await getOpinion(w.clients.zikit, requestId)).toBeNull();

    const submitted = await submitOpinion(w.clients.sports, requestId, 1);
    expect(await submitOpinion(w.clients.sports, requestId, 1)).toEqual(submitted);
    expect((await getDepartmentRequest(w.clients.sports, requestId))?.opinion).toMatchObject({ state: 'submitted', late: false, decisions: [] });
    await withdrawOpinion(w.clients.sports, requestId);
    expect(await getOpinion(w.clients.sports, requestId)).toMatchObject({ state: 'draft', justification: 'Pierwsza wersja', submitted_at: null });
  });

  it('after a new revision, lists only the new request, and reads the replaced one with its opinion and decisions in order', async () => {
    const w = await world();
    const old = w.requests[1]!;
    await saveOpinionDraft(w.clients.sports, draft(old.id, 0, 'Za krótko'));
    await submitOpinion(w.clients.sports, old.id, 1);
    const { data: opinion } = await serviceClient().from('opinions').select('id').eq('request_id', old.id).single();
    await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinion!.id, outcome: 'rejected', justification: 'Zostaje.' });
    await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinion!.id, outcome: 'partially_accepted', justification: 'Po namyśle: częściowo.' });
    await w.clients.coordinator.rpc('edit_assumption', { assumption_id: w.assumptions[0], based_on: 1, title: 'Otwarte konkursy ofert', body: 'Otwarte konkursy ofert: treść druga.' });
    expect((await w.clients.coordinator.rpc('ask_again', { assumption_id: w.assumptions[0], department_ids: [w.sports.id], deadline: inDays(20) })).error).toBeNull();

    const current = (await listDepartmentRequests(w.clients.sports, w.sports.id)).find((request) => request.assumption.id === w.assumptions[0])!;
    expect(current).toMatchObject({ deadline: inDays(20), revision: { revision: 2, body: 'Otwarte konkursy ofert: treść druga.' }, opinion: null });
    const replaced = await getReplacedRequest(w.clients.sports, current.id);
    expect(replaced).toMatchObject({ id: old.id, replaced_by: current.id, revision: { revision: 1 }, opinion: { justification: 'Za krótko', outcome: 'partially_accepted' } });
    expect(replaced!.opinion!.decisions.map((decision) => [decision.outcome, decision.corrects === null])).toEqual([
      ['rejected', true],
      ['partially_accepted', false],
    ]);
    expect(await getReplacedRequest(w.clients.zikit, current.id)).toBeNull();
  });
});
