import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { allowedMoves, OPINION_MOVES, type OpinionMove, type OpinionProgress } from '@/lib/workflow/opinions';
import { auditOf, clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A programme with two teams (one moderated), a round in consultation with two departments taking
 * part (each with a member of staff), a third department outside it, and a coordinator.
 */
async function world() {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, status: 'consultation' });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. sportu' },
      { programme_id: programme.id, name: 'Zespół ds. kultury' },
    ])
    .select('id, name')
    .order('name', { ascending: false });
  const [sport, culture] = teams as { id: string }[];
  const moderator = await createUser('moderator');
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [sport!.id, moderator.id]);
  const [sports, zikit, outside] = [await createDepartment(), await createDepartment('municipal_unit'), await createDepartment()];
  await service.from('round_departments').insert([sports, zikit].map((department) => ({ round_id: round.id, department_id: department.id })));
  const users = {
    coordinator: await createUser('coordinator'),
    moderator,
    sports: await createUser('department', { departmentId: sports.id }),
    zikit: await createUser('department', { departmentId: zikit.id }),
    outside: await createUser('department', { departmentId: outside.id }),
  };
  const clients = Object.fromEntries(await Promise.all(Object.entries(users).map(async ([name, user]) => [name, await clientAs(user)]))) as Record<
    keyof typeof users,
    SupabaseClient
  >;
  return { programme, round, sport: sport!, culture: culture!, sports, zikit, outside, users, clients };
}
type World = Awaited<ReturnType<typeof world>>;

async function createAssumption(client: SupabaseClient, w: World, team: { id: string }, number = 1) {
  return client
    .rpc('create_assumption', {
      programme_id: w.programme.id,
      team_id: team.id,
      kind: 'substantive',
      number,
      title: 'Sport dzieci i młodzieży',
      body: 'Priorytetem są zajęcia sportowe dla dzieci i młodzieży prowadzone przez organizacje pozarządowe.',
    })
    .single<{ id: string; current_revision: number }>();
}

/** An open assumption of the sports team, asked of both departments of the round. */
async function asked(w: World, deadline = inDays(14)) {
  const { data: assumption } = await createAssumption(w.clients.coordinator, w, w.sport);
  expect((await w.clients.coordinator.rpc('open_assumptions', { assumption_ids: [assumption!.id] })).error).toBeNull();
  const { error } = await w.clients.coordinator.rpc('request_opinions', {
    round_id: w.round.id,
    department_ids: [w.sports.id, w.zikit.id],
    assumption_ids: [assumption!.id],
    deadline,
  });
  expect(error).toBeNull();
  const requests = await sql<{ id: string; department_id: string }>('select id, department_id from public.opinion_requests where assumption_id = $1', [assumption!.id]);
  const requestOf = (department: { id: string }) => requests.find((request) => request.department_id === department.id)!.id;
  return { assumption: assumption!, sportsRequest: requestOf(w.sports), zikitRequest: requestOf(w.zikit) };
}

const draft = (client: SupabaseClient, requestId: string, version: number, stance: string | null = 'objects', justification = 'Brak środków na ten cel w budżecie.') =>
  client.rpc('save_opinion_draft', { request_id: requestId, expected_version: version, stance, justification, proposed_wording: '' }).single<{ id: string; version: number; state: string }>();

describe('assumptions', () => {
  it('the coordinator writes any team\'s, a moderator only their own team\'s, department staff none', async () => {
    const w = await world();
    expect((await createAssumption(w.clients.coordinator, w, w.culture)).error).toBeNull();
    expect((await createAssumption(w.clients.moderator, w, w.sport, 2)).error).toBeNull();
    expect((await createAssumption(w.clients.moderator, w, w.culture, 3)).error?.hint).toBe('assumptions.forbidden');
    expect((await createAssumption(w.clients.sports, w, w.sport, 4)).error?.hint).toBe('assumptions.forbidden');
    expect(await sql('select number from public.assumptions where programme_id = $1 order by number', [w.programme.id])).toEqual([{ number: 1 }, { number: 2 }]);
  });

  it('is corrected in place until an opinion reads it, then each edit is a new revision; a stale edit is refused', async () => {
    const w = await world();
    const { assumption, sportsRequest } = await asked(w);
    const edit = (based_on: number, title: string) =>
      w.clients.moderator.rpc('edit_assumption', { assumption_id: assumption.id, based_on, title, body: 'Zajęcia dla dzieci i młodzieży.' });
    expect((await edit(1, 'Sport dzieci')).error).toBeNull();
    expect(await sql('select revision, title from public.assumption_revisions where assumption_id = $1', [assumption.id])).toEqual([{ revision: 1, title: 'Sport dzieci' }]);

    await draft(w.clients.sports, sportsRequest, 0);
    expect((await edit(1, 'Sport dzieci i seniorów')).error).toBeNull();
    expect((await edit(1, 'Nadpisanie')).error?.hint).toBe('assumptions.conflict');
    expect(await sql('select revision, title from public.assumption_revisions where assumption_id = $1 order by revision', [assumption.id])).toEqual([
      { revision: 1, title: 'Sport dzieci' },
      { revision: 2, title: 'Sport dzieci i seniorów' },
    ]);
  });

  it('only the coordinator opens them for opinions', async () => {
    const w = await world();
    const { data: assumption } = await createAssumption(w.clients.moderator, w, w.sport);
    for (const actor of ['moderator', 'sports'] as const) {
      expect((await w.clients[actor].rpc('open_assumptions', { assumption_ids: [assumption!.id] })).error?.code).toBe('42501');
    }
    expect((await w.clients.coordinator.rpc('open_assumptions', { assumption_ids: [assumption!.id] })).data).toBe(1);
  });

  it('drafts are read by their writers only; open ones by staff of the programme\'s rounds', async () => {
    const w = await world();
    const { data: assumption } = await createAssumption(w.clients.coordinator, w, w.sport);
    const read = async (actor: keyof World['clients']) => (await w.clients[actor].from('assumptions').select('id').eq('id', assumption!.id)).data;
    expect(await read('moderator')).toEqual([{ id: assumption!.id }]);
    expect(await read('sports')).toEqual([]);
    await w.clients.coordinator.rpc('open_assumptions', { assumption_ids: [assumption!.id] });
    expect(await read('sports')).toEqual([{ id: assumption!.id }]);
    expect(await read('outside')).toEqual([]);
  });
});

describe('requests for opinions', () => {
  it('are made by the coordinator alone, and e-mail each department\'s staff', async () => {
    const w = await world();
    const { assumption } = await asked(w);
    const mail = await sql<{ to_address: string }>("select to_address from public.email_outbox where template = 'opinions-requested' and payload ->> 'roundId' = $1 order by 1", [w.round.id]);
    const staff = await sql<{ email: string }>('select email from public.profiles where id = any($1) order by 1', [[w.users.sports.id, w.users.zikit.id]]);
    expect(mail.map((row) => row.to_address)).toEqual(staff.map((row) => row.email));
    for (const actor of ['moderator', 'sports'] as const) {
      const { error } = await w.clients[actor].rpc('request_opinions', { round_id: w.round.id, department_ids: [w.sports.id], assumption_ids: [assumption.id], deadline: inDays(7) });
      expect(error?.code).toBe('42501');
    }
  });

  it('refuse a department outside the round, an assumption not open, and a past deadline', async () => {
    const w = await world();
    const { assumption } = await asked(w);
    const { data: closed } = await createAssumption(w.clients.coordinator, w, w.culture, 2);
    const ask = (departments: string[], assumptions: string[], deadline = inDays(7)) =>
      w.clients.coordinator.rpc('request_opinions', { round_id: w.round.id, department_ids: departments, assumption_ids: assumptions, deadline });
    expect((await ask([w.outside.id], [assumption.id])).error?.hint).toBe('opinions.department_not_in_round');
    expect((await ask([w.sports.id], [closed!.id])).error?.hint).toBe('opinions.assumption_not_open');
    expect((await ask([w.sports.id], [assumption.id], '2011-10-01')).error?.hint).toBe('opinions.deadline_past');
  });

  it('are read by the departments asked, and by nobody else of the staff', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    expect((await w.clients.sports.from('opinion_requests').select('id').eq('id', sportsRequest)).data).toEqual([{ id: sportsRequest }]);
    expect((await w.clients.zikit.from('opinion_requests').select('id').eq('id', sportsRequest)).data).toEqual([]);
    expect((await w.clients.outside.from('opinion_requests').select('id').eq('id', sportsRequest)).data).toEqual([]);
  });
});

describe('opinions', () => {
  it('a draft is seen by its department only, never by another department, the coordinator or the moderator', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    const { data } = await draft(w.clients.sports, sportsRequest, 0);
    for (const actor of ['zikit', 'outside', 'coordinator', 'moderator'] as const) {
      expect((await w.clients[actor].from('opinions').select('id').eq('id', data!.id)).data, actor).toEqual([]);
    }
    expect((await w.clients.sports.from('opinions').select('state').eq('id', data!.id)).data).toEqual([{ state: 'draft' }]);
  });

  it('another department cannot write or submit it', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    expect((await draft(w.clients.zikit, sportsRequest, 0)).error?.hint).toBe('opinions.forbidden');
    expect((await draft(w.clients.coordinator, sportsRequest, 0)).error?.hint).toBe('opinions.forbidden');
    await draft(w.clients.sports, sportsRequest, 0);
    expect((await w.clients.zikit.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 })).error?.hint).toBe('opinions.forbidden');
    expect(await sql('select state from public.opinions where request_id = $1', [sportsRequest])).toEqual([{ state: 'draft' }]);
  });

  it('a save from an older version is refused as a conflict, and nothing is overwritten', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    const colleague = await clientAs(await createUser('department', { departmentId: w.sports.id }));
    expect((await draft(w.clients.sports, sportsRequest, 0, 'objects', 'Pierwsza wersja')).data?.version).toBe(1);
    expect((await draft(colleague, sportsRequest, 1, 'objects', 'Wersja koleżanki')).data?.version).toBe(2);
    expect((await draft(w.clients.sports, sportsRequest, 1, 'objects', 'Druga wersja')).error).toMatchObject({ code: 'PT409', hint: 'opinions.conflict' });
    expect(await sql('select justification, version from public.opinions where request_id = $1', [sportsRequest])).toEqual([{ justification: 'Wersja koleżanki', version: 2 }]);
  });

  it('submitting needs a stance and, unless it supports or has no remarks, a justification', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    await draft(w.clients.sports, sportsRequest, 0, null, '');
    expect((await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 })).error?.hint).toBe('opinions.stance_required');
    await draft(w.clients.sports, sportsRequest, 1, 'objects', '  ');
    expect((await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 2 })).error?.hint).toBe('opinions.justification_required');
    await draft(w.clients.sports, sportsRequest, 2, 'supports', '');
    expect((await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 3 })).error).toBeNull();
  });

  it('a double click, a retry and a second tab submitting at once make exactly one opinion', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    await draft(w.clients.sports, sportsRequest, 0);
    const secondTab = await clientAs(w.users.sports);
    const submit = (client: SupabaseClient) => client.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 }).single<{ id: string; state: string }>();
    const answers = await Promise.all([submit(w.clients.sports), submit(secondTab), submit(w.clients.sports)]);
    expect(answers.map((answer) => [answer.error, answer.data?.state])).toEqual([[null, 'submitted'], [null, 'submitted'], [null, 'submitted']]);
    expect(new Set(answers.map((answer) => answer.data?.id)).size).toBe(1);
    expect(await sql("select count(*)::int as n from public.opinions where request_id = $1 and state = 'submitted'", [sportsRequest])).toEqual([{ n: 1 }]);
    expect((await auditOf(answers[0]!.data!.id)).filter((row) => row.action === 'opinion.submitted')).toHaveLength(1);
  });

  it('is marked late when submitted after its deadline day', async () => {
    const w = await world();
    const { sportsRequest, zikitRequest } = await asked(w);
    await sql("update public.opinion_requests set deadline = (now() at time zone 'Europe/Warsaw')::date - 1 where id = $1", [zikitRequest]);
    for (const request of [sportsRequest, zikitRequest]) {
      const client = request === sportsRequest ? w.clients.sports : w.clients.zikit;
      await draft(client, request, 0, 'no_remarks', '');
      await client.rpc('submit_opinion', { request_id: request, expected_version: 1 });
    }
    expect(await sql('select request_id = $1 as sports, late from public.opinions where request_id = any($2) order by 1', [sportsRequest, [sportsRequest, zikitRequest]])).toEqual([
      { sports: false, late: true },
      { sports: true, late: false },
    ]);
  });

  it('once submitted, is read by the coordinator and the team\'s moderator, and by no other department', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    await draft(w.clients.sports, sportsRequest, 0);
    const { data } = await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 }).single<{ id: string }>();
    for (const actor of ['coordinator', 'moderator'] as const) {
      expect((await w.clients[actor].from('opinions').select('id').eq('id', data!.id)).data, actor).toEqual([{ id: data!.id }]);
    }
    for (const actor of ['zikit', 'outside'] as const) {
      expect((await w.clients[actor].from('opinions').select('id').eq('id', data!.id)).data, actor).toEqual([]);
    }
    const otherModerator = await clientAs(await createUser('moderator'));
    expect((await otherModerator.from('opinions').select('id').eq('id', data!.id)).data).toEqual([]);
  });

  it('can be withdrawn back to a draft until the coordinator decides, and not after', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    await draft(w.clients.sports, sportsRequest, 0);
    await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 });
    expect((await w.clients.sports.rpc('withdraw_opinion', { request_id: sportsRequest }).single<{ state: string }>()).data?.state).toBe('draft');
    const { data: resubmitted } = await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 3 }).single<{ id: string }>();
    await w.clients.coordinator.rpc('decide_opinion', { opinion_id: resubmitted!.id, outcome: 'accepted', justification: '' });
    expect((await w.clients.sports.rpc('withdraw_opinion', { request_id: sportsRequest })).error?.hint).toBe('opinions.already_decided');
  });

  it('cannot be written through the table by anyone', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w);
    const { data } = await draft(w.clients.sports, sportsRequest, 0);
    for (const actor of ['sports', 'coordinator'] as const) {
      const { error } = await w.clients[actor].from('opinions').update({ state: 'submitted' }).eq('id', data!.id);
      expect(error?.code, actor).toBe('42501');
    }
  });
});

describe('decisions', () => {
  async function submitted(w: World) {
    const { sportsRequest, assumption } = await asked(w);
    await draft(w.clients.sports, sportsRequest, 0);
    const { data } = await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 }).single<{ id: string }>();
    return { opinionId: data!.id, sportsRequest, assumption };
  }

  it('are made by the coordinator, justified unless accepted, and e-mailed to the department', async () => {
    const w = await world();
    const { opinionId } = await submitted(w);
    const decide = (client: SupabaseClient, outcome: string, justification: string) => client.rpc('decide_opinion', { opinion_id: opinionId, outcome, justification });
    expect((await decide(w.clients.moderator, 'accepted', '')).error?.code).toBe('42501');
    expect((await decide(w.clients.sports, 'accepted', '')).error?.code).toBe('42501');
    expect((await decide(w.clients.coordinator, 'rejected', ' ')).error?.hint).toBe('opinions.decision_justification_required');
    expect((await decide(w.clients.coordinator, 'partially_accepted', 'Uwzględniono w części dotyczącej młodzieży.')).error).toBeNull();
    expect(await sql('select outcome from public.opinions where id = $1', [opinionId])).toEqual([{ outcome: 'partially_accepted' }]);
    const mail = await sql<{ to_address: string }>("select to_address from public.email_outbox where template = 'opinion-decided' and payload ->> 'requestId' = (select request_id::text from public.opinions where id = $1)", [opinionId]);
    expect(mail).toHaveLength(1);
  });

  it('are corrected only with a new justification, and the earlier one stays readable', async () => {
    const w = await world();
    const { opinionId } = await submitted(w);
    await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinionId, outcome: 'accepted', justification: '' });
    expect((await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinionId, outcome: 'rejected', justification: '' })).error?.hint).toBe(
      'opinions.correction_justification_required',
    );
    expect((await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinionId, outcome: 'rejected', justification: 'Po analizie: zadanie gminy realizuje MOPS.' })).error).toBeNull();
    const { data } = await w.clients.sports.from('opinion_decisions').select('outcome, corrects').eq('opinion_id', opinionId).order('decided_at');
    expect(data?.map((decision) => decision.outcome)).toEqual(['accepted', 'rejected']);
    expect(data?.[1]?.corrects).not.toBeNull();
    expect((await w.clients.zikit.from('opinion_decisions').select('id').eq('opinion_id', opinionId)).data).toEqual([]);
  });
});

describe('asking again after a new revision', () => {
  it('asks the departments that answered, about the new text, and the old request points to the new one', async () => {
    const w = await world();
    const { assumption, sportsRequest } = await asked(w);
    expect((await w.clients.coordinator.rpc('ask_again', { assumption_id: assumption.id, department_ids: [w.sports.id], deadline: inDays(10) })).error?.hint).toBe(
      'opinions.nobody_to_ask_again',
    );
    await draft(w.clients.sports, sportsRequest, 0);
    await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 });
    await w.clients.coordinator.rpc('edit_assumption', { assumption_id: assumption.id, based_on: 1, title: 'Sport dzieci, młodzieży i seniorów', body: 'Także seniorzy.' });
    expect((await w.clients.sports.rpc('ask_again', { assumption_id: assumption.id, department_ids: [w.sports.id], deadline: inDays(10) })).error?.code).toBe('42501');
    expect((await w.clients.coordinator.rpc('ask_again', { assumption_id: assumption.id, department_ids: [w.sports.id, w.zikit.id], deadline: inDays(10) })).data).toBe(1);
    const requests = await sql<{ revision: number; replaced: boolean }>(
      `select r.revision, q.replaced_by is not null as replaced from public.opinion_requests q
         join public.assumption_revisions r on r.id = q.revision_id where q.department_id = $1 and q.assumption_id = $2 order by r.revision`,
      [w.sports.id, assumption.id],
    );
    expect(requests).toEqual([
      { revision: 1, replaced: true },
      { revision: 2, replaced: false },
    ]);
  });
});

describe('reminders', () => {
  it('go once, to departments that have not answered, when the deadline is near; only the service role sends them', async () => {
    const w = await world();
    const { sportsRequest } = await asked(w, inDays(2));
    await draft(w.clients.sports, sportsRequest, 0);
    await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: 1 });
    const reminders = () => sql<{ to_address: string }>("select to_address from public.email_outbox where template = 'opinions-reminder' and payload ->> 'roundId' = $1", [w.round.id]);
    expect((await w.clients.coordinator.rpc('send_opinion_reminders')).error?.code).toBe('42501');
    expect((await serviceClient().rpc('send_opinion_reminders')).error).toBeNull();
    expect((await serviceClient().rpc('send_opinion_reminders')).error).toBeNull();
    const zikitEmail = (await sql<{ email: string }>('select email from public.profiles where id = $1', [w.users.zikit.id]))[0]!.email;
    expect((await reminders()).map((row) => row.to_address)).toEqual([zikitEmail]);
  });
});

describe('the TypeScript mirror of the moves', () => {
  /** Tries `move` through its database function, as `actor`, on an opinion brought to `progress`. */
  async function tryMove(progress: OpinionProgress, actor: 'sports' | 'coordinator' | 'moderator', move: OpinionMove): Promise<boolean> {
    const w = await world();
    const { sportsRequest } = await asked(w);
    let version = 0;
    if (progress !== 'not_started') version = (await draft(w.clients.sports, sportsRequest, 0)).data!.version;
    if (progress === 'submitted' || progress === 'decided') version = (await w.clients.sports.rpc('submit_opinion', { request_id: sportsRequest, expected_version: version }).single<{ version: number }>()).data!.version;
    const opinionId = (await sql<{ id: string }>('select id from public.opinions where request_id = $1', [sportsRequest]))[0]?.id;
    if (progress === 'decided') await w.clients.coordinator.rpc('decide_opinion', { opinion_id: opinionId, outcome: 'accepted', justification: '' });
    const client = w.clients[actor];
    const calls: Record<OpinionMove, () => PromiseLike<{ error: unknown }>> = {
      saveDraft: () => draft(client, sportsRequest, version),
      submit: () => client.rpc('submit_opinion', { request_id: sportsRequest, expected_version: version }),
      withdraw: () => client.rpc('withdraw_opinion', { request_id: sportsRequest }),
      decide: () => client.rpc('decide_opinion', { opinion_id: opinionId ?? '00000000-0000-4000-8000-000000000000', outcome: 'rejected', justification: 'Uzasadnienie.' }),
      correctDecision: () => client.rpc('decide_opinion', { opinion_id: opinionId ?? '00000000-0000-4000-8000-000000000000', outcome: 'rejected', justification: 'Korekta.' }),
    };
    return (await calls[move]()).error === null;
  }

  const roles = { sports: 'department', coordinator: 'coordinator', moderator: 'moderator' } as const;
  const cases = (['not_started', 'draft', 'submitted', 'decided'] as const).flatMap((progress) =>
    (Object.keys(roles) as (keyof typeof roles)[]).flatMap((actor) => (Object.keys(OPINION_MOVES) as OpinionMove[]).map((move) => [progress, actor, move] as const)),
  );

  it.each(cases)('at %s, %s may %s exactly when allowedMoves says so', async (progress, actor, move) => {
    // submit on a submitted opinion and decide on a decided one are answered without error by
    // design (the same one opinion; a correction): the mirror lists them under their own moves.
    if ((move === 'submit' && (progress === 'submitted' || progress === 'decided')) || (move === 'decide' && progress === 'decided') || (move === 'correctDecision' && progress === 'submitted')) return;
    expect(await tryMove(progress, actor, move)).toBe(allowedMoves(progress, roles[actor]).includes(move));
  });
});
