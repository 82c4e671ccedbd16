import { describe, expect, it } from 'vitest';
import { countAwaitingDecision, decideOpinion, getOpinionForDecision, listOverdueRequests, listReviewQueue, QUEUE_PAGE_SIZE } from '@/lib/db/decisions';
import { todayInWarsaw } from '@/lib/dates';
import { listRegisterRequests, listRegisterTallies } from '@/lib/db/register';
import { registerFigures } from '@/lib/opinions/register';
import { readQueueFilters } from '@/lib/schemas/decisions';
import { anonClient, clientAs, createDepartment, createProgramme, createRound, createUser, sql } from './helpers';

const inDays = (days: number) => `(now() at time zone 'Europe/Warsaw')::date + ${days}`;

/**
 * A round with two teams (sport: systemic, culture: substantive), three departments and their
 * requests, written straight into the tables (the functions that write them are tested in
 * opinions.test.ts): opinions submitted at known times in every state, a draft, and requests
 * unanswered before and after their deadline.
 */
async function world() {
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, status: 'consultation' });
  const [sportTeam, cultureTeam] = await sql<{ id: string }>(
    "insert into public.sector_teams (programme_id, name) values ($1, 'Zespół ds. sportu'), ($1, 'Zespół ds. kultury') returning id",
    [programme.id],
  );
  const [sports, culture, zikit] = [await createDepartment(), await createDepartment(), await createDepartment('municipal_unit')];
  const assumption = async (team: { id: string }, kind: string, number: number) => {
    const [row] = await sql<{ id: string; revision_id: string }>(
      `with a as (insert into public.assumptions (programme_id, team_id, kind, number, status, opened_at) values ($1, $2, $3, $4, 'open', now()) returning id)
       insert into public.assumption_revisions (assumption_id, revision, title, body) select id, 1, 'Założenie ' || $4, 'Treść założenia.' from a
       returning assumption_id as id, id as revision_id`,
      [programme.id, team.id, kind, number],
    );
    return row!;
  };
  const sportRule = await assumption(sportTeam!, 'systemic', 1);
  const cultureRule = await assumption(cultureTeam!, 'substantive', 2);
  const request = async (department: { id: string }, rule: { id: string; revision_id: string }, deadlineInDays: number) => {
    const [row] = await sql<{ id: string }>(
      `insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline) values ($1, $2, $3, $4, ${inDays(deadlineInDays)}) returning id`,
      [round.id, department.id, rule.id, rule.revision_id],
    );
    return row!.id;
  };
  const opinion = async (requestId: string, state: 'draft' | 'submitted', stance: string, submittedHoursAgo: number, late = false) => {
    const [row] = await sql<{ id: string }>(
      `insert into public.opinions (request_id, round_id, department_id, assumption_id, revision_id, state, stance, justification, submitted_at, late)
       select q.id, q.round_id, q.department_id, q.assumption_id, q.revision_id, $2::public.opinion_state, $3::public.opinion_stance, 'Uzasadnienie wydziału.',
              case when $2 = 'submitted' then now() - make_interval(hours => $4::int) end, $5::boolean
         from public.opinion_requests q where q.id = $1 returning id`,
      [requestId, state, stance, submittedHoursAgo, late],
    );
    return row!.id;
  };
  const coordinator = await createUser('coordinator');
  const client = await clientAs(coordinator);
  const opinions = {
    // Oldest first: sports on sport (3 days ago), zikit on culture (2 days), culture on culture (1 day, late), zikit on sport (1 hour).
    sportsOnSport: await opinion(await request(sports, sportRule, -5), 'submitted', 'objects', 72),
    zikitOnCulture: await opinion(await request(zikit, cultureRule, 5), 'submitted', 'supports', 48),
    cultureOnCulture: await opinion(await request(culture, cultureRule, -2), 'submitted', 'supports_with_changes', 24, true),
    zikitOnSport: await opinion(await request(zikit, sportRule, 5), 'submitted', 'no_remarks', 1),
    draft: await opinion(await request(culture, sportRule, -1), 'draft', 'objects', 0),
  };
  const unansweredOverdue = await request(sports, cultureRule, -3);
  await decideOpinion(client, { opinionId: opinions.zikitOnCulture, outcome: 'accepted', justification: '' });
  await decideOpinion(client, { opinionId: opinions.sportsOnSport, outcome: 'rejected', justification: 'Zapis pozostaje.' });
  return { round, sportTeam: sportTeam!, cultureTeam: cultureTeam!, sports, culture, zikit, coordinator, client, opinions, unansweredOverdue };
}

const filters = (params: Record<string, string>) => readQueueFilters(params);

/** A thousand more departments asked about one of the round's assumptions: past the 1,000 rows a hosted PostgREST returns at once. */
async function askThousandMoreDepartments(roundId: string) {
  await sql(
    `with departments as (insert into public.departments (kind, name, short_name) select 'city_department', 'Wydział ' || i || ' ' || $2, 'W' || i || $2 from generate_series(1, 1000) i returning id)
     insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline)
     select $1, d.id, q.assumption_id, q.revision_id, q.deadline from departments d, (select * from public.opinion_requests where round_id = $1 limit 1) q`,
    [roundId, roundId.slice(0, 8)],
  );
}

describe('the review queue', () => {
  it('lists the submitted opinions of the round, oldest first, never a draft, with the exact count', async () => {
    const w = await world();
    const { rows, total } = await listReviewQueue(w.client, w.round.id, filters({}));
    expect(rows.map((row) => row.id)).toEqual([w.opinions.sportsOnSport, w.opinions.zikitOnCulture, w.opinions.cultureOnCulture, w.opinions.zikitOnSport]);
    expect(total).toBe(4);
    expect(rows[2]).toMatchObject({ stance: 'supports_with_changes', late: true, outcome: null, department: { name: w.culture.name }, assumption: { kind: 'substantive', number: 2, team: { name: 'Zespół ds. kultury' } }, revision: { title: 'Założenie 2' } });
  });

  it('filters by team, kind, department, stance and state, in the query', async () => {
    const w = await world();
    const ids = async (params: Record<string, string>) => (await listReviewQueue(w.client, w.round.id, filters(params))).rows.map((row) => row.id);
    expect(await ids({ zespol: w.sportTeam.id })).toEqual([w.opinions.sportsOnSport, w.opinions.zikitOnSport]);
    expect(await ids({ rodzaj: 'substantive' })).toEqual([w.opinions.zikitOnCulture, w.opinions.cultureOnCulture]);
    expect(await ids({ wydzial: w.zikit.id })).toEqual([w.opinions.zikitOnCulture, w.opinions.zikitOnSport]);
    expect(await ids({ stanowisko: 'objects' })).toEqual([w.opinions.sportsOnSport]);
    expect(await ids({ stan: 'awaiting' })).toEqual([w.opinions.cultureOnCulture, w.opinions.zikitOnSport]);
    expect(await ids({ stan: 'rejected' })).toEqual([w.opinions.sportsOnSport]);
    expect(await ids({ wydzial: w.zikit.id, zespol: w.sportTeam.id, stan: 'awaiting' })).toEqual([w.opinions.zikitOnSport]);
    expect(await ids({ wydzial: w.sports.id, rodzaj: 'substantive' })).toEqual([]);
    // What the address cannot mean is no filter.
    expect(await ids({ stan: 'maybe', zespol: 'nie-uuid' })).toHaveLength(4);
  });

  it('pages by 25, and a page past the last one is empty with the count still known', async () => {
    const w = await world();
    await sql(
      `insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline)
       select $1, d.id, q.assumption_id, q.revision_id, q.deadline from public.opinion_requests q
        cross join lateral (select id from public.departments limit 15) d
        where q.round_id = $1 and q.department_id = $2 and q.deadline < now() and d.id <> $2
       on conflict do nothing`,
      [w.round.id, w.sports.id],
    );
    await sql(
      `insert into public.opinions (request_id, round_id, department_id, assumption_id, revision_id, state, stance, submitted_at)
       select q.id, q.round_id, q.department_id, q.assumption_id, q.revision_id, 'submitted', 'supports', now()
         from public.opinion_requests q where q.round_id = $1 and not exists (select 1 from public.opinions o where o.request_id = q.id)`,
      [w.round.id],
    );
    const first = await listReviewQueue(w.client, w.round.id, filters({}));
    const second = await listReviewQueue(w.client, w.round.id, filters({ strona: '2' }));
    expect(first.rows).toHaveLength(QUEUE_PAGE_SIZE);
    expect(first.total).toBeGreaterThan(QUEUE_PAGE_SIZE);
    expect(second.rows).toHaveLength(first.total - QUEUE_PAGE_SIZE);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(first.total);
    expect(await listReviewQueue(w.client, w.round.id, filters({ strona: '9' }))).toEqual({ rows: [], total: first.total });
  });

  it('shows a moderator of another team and department staff nothing of other departments', async () => {
    const w = await world();
    const moderator = await clientAs(await createUser('moderator'));
    const sportsStaff = await clientAs(await createUser('department', { departmentId: w.sports.id }));
    expect((await listReviewQueue(moderator, w.round.id, filters({}))).total).toBe(0);
    expect((await listReviewQueue(sportsStaff, w.round.id, filters({}))).rows.map((row) => row.id)).toEqual([w.opinions.sportsOnSport]);
  });
});

describe('an opinion for a decision', () => {
  it('comes with the text its department read and every decision, with who decided', async () => {
    const w = await world();
    const client = w.client;
    await decideOpinion(client, { opinionId: w.opinions.sportsOnSport, outcome: 'partially_accepted', justification: 'Po spotkaniu zespołu: częściowo.' });
    const opinion = await getOpinionForDecision(client, w.opinions.sportsOnSport);
    expect(opinion).toMatchObject({
      stance: 'objects',
      outcome: 'partially_accepted',
      department: { id: w.sports.id },
      revision: { revision: 1, title: 'Założenie 1', body: 'Treść założenia.' },
      round: { title: w.round.title },
    });
    expect(opinion!.decisions.map(({ outcome, justification, decider }) => [outcome, justification, decider?.full_name])).toEqual([
      ['rejected', 'Zapis pozostaje.', 'Test coordinator'],
      ['partially_accepted', 'Po spotkaniu zespołu: częściowo.', 'Test coordinator'],
    ]);
    expect(opinion!.decisions[1]!.corrects).toBe(opinion!.decisions[0]!.id);
  });

  it('is not there for a draft', async () => {
    const w = await world();
    expect(await getOpinionForDecision(w.client, w.opinions.draft)).toBeNull();
  });
});

describe('the coordinator\'s home', () => {
  it('counts the opinions awaiting a decision and lists the requests past their deadline without a submitted opinion', async () => {
    const w = await world();
    expect(await countAwaitingDecision(w.client, w.round.id)).toBe(2);
    const [{ today }] = (await sql<{ today: string }>("select to_char((now() at time zone 'Europe/Warsaw')::date, 'YYYY-MM-DD') as today")) as [{ today: string }];
    const overdue = await listOverdueRequests(w.client, w.round.id, today);
    // The sports department's unanswered request (3 days over) and the culture department's draft (1 day over); not the late submission.
    expect(overdue.map((request) => request.department.id)).toEqual([w.sports.id, w.culture.id]);
  });
});

describe('the register\'s requests', () => {
  it('are every request of the round with its submitted opinion, drafts counting as none', async () => {
    const w = await world();
    const requests = await listRegisterRequests(w.client, w.round.id);
    expect(requests).toHaveLength(6);
    const opinionsOf = (department: { id: string }) => requests.filter((request) => request.department.id === department.id).map((request) => request.opinion?.stance ?? 'none').sort();
    expect(opinionsOf(w.sports)).toEqual(['none', 'objects']);
    expect(opinionsOf(w.culture)).toEqual(['none', 'supports_with_changes']);
    expect(requests.find((request) => request.opinion?.stance === 'objects')).toMatchObject({ team: { id: w.sportTeam.id, name: 'Zespół ds. sportu' }, opinion: { outcome: 'rejected', late: false } });
  });

  it('are read whole past the 1,000 rows a hosted PostgREST returns at once', async () => {
    const w = await world();
    await askThousandMoreDepartments(w.round.id);
    expect(await listRegisterRequests(w.client, w.round.id)).toHaveLength(1006);
  });
});

describe('the register\'s tallies', () => {
  const today = todayInWarsaw();

  it('count the round in the database, per department and per team, as the register shows it', async () => {
    const w = await world();
    const figures = registerFigures(await listRegisterTallies(w.client, w.round.id), today);
    expect(figures.total).toEqual({ asked: 6, answered: 4, late: 1, unanswered: 2, overdue: 2 });
    expect(figures.byTeam).toEqual([
      { id: w.cultureTeam.id, name: 'Zespół ds. kultury', asked: 3, answered: 2, late: 1, unanswered: 1, overdue: 1 },
      { id: w.sportTeam.id, name: 'Zespół ds. sportu', asked: 3, answered: 2, late: 0, unanswered: 1, overdue: 1 },
    ]);
    expect(figures.byDepartment.find((department) => department.id === w.zikit.id)).toMatchObject({ asked: 2, answered: 2, unanswered: 0 });
    expect(figures.byDecision).toEqual([
      { state: 'awaiting', count: 2 },
      { state: 'accepted', count: 1 },
      { state: 'partially_accepted', count: 0 },
      { state: 'rejected', count: 1 },
    ]);
    expect(figures.byStance.map(({ count }) => count)).toEqual([1, 1, 1, 1]);
    // Both overdue; sports' deadline passed first.
    expect(figures.unanswered.map((department) => [department.id, department.open, department.overdue])).toEqual([
      [w.sports.id, 1, 1],
      [w.culture.id, 1, 1],
    ]);
  });

  it('count only what the caller may read (RLS, as the caller): another team\'s moderator and department staff nothing of others, a visitor nothing at all', async () => {
    const w = await world();
    const moderator = await clientAs(await createUser('moderator'));
    const sportsStaff = await clientAs(await createUser('department', { departmentId: w.sports.id }));
    expect(await listRegisterTallies(moderator, w.round.id)).toEqual([]);
    const seenByStaff = await listRegisterTallies(sportsStaff, w.round.id);
    expect(seenByStaff.filter((tally) => tally.groupedBy === 'department' && tally.id !== w.sports.id)).toEqual([]);
    const { error } = await anonClient().rpc('register_tallies', { round_id: w.round.id });
    expect(error?.code).toBe('42501');
  });

  it('are read whole past the 1,000 rows a hosted PostgREST returns at once', async () => {
    const w = await world();
    await askThousandMoreDepartments(w.round.id);
    const tallies = await listRegisterTallies(w.client, w.round.id);
    expect(tallies.filter((tally) => tally.groupedBy === 'department')).toHaveLength(1006);
    expect(registerFigures(tallies, today).total.asked).toBe(1006);
  });
});
