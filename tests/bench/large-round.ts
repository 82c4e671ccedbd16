import type pg from 'pg';

/** The size of the round the benchmark reads and writes: a large city's, past the floor (50 teams, 300 meetings, 40 departments, 5,000 opinions). */
export const LARGE_ROUND = {
  teams: 50,
  venues: 30,
  meetings: 300,
  departments: 50,
  /** Assumptions every department has given a submitted opinion on: departments × this = the opinions. */
  answeredAssumptions: 100,
  /** Assumptions every department is asked about and has not answered: what the write benchmark submits, half through the app, half straight through PostgREST. */
  openAssumptions: 20,
};

export interface LargeRound {
  roundId: string;
  /** One department user per department, with the requests they still have to answer. */
  users: { profileId: string; email: string; departmentId: string; appRequests: string[]; rawRequests: string[] }[];
  coordinatorId: string;
  opinions: number;
}

/**
 * Writes the large round straight in the database (as the superuser: fixtures, not what is measured):
 * a public round in consultation, its teams, venues and meetings, an issued schedule of them all, the
 * departments and their users, assumptions with their requests and thousands of submitted opinions.
 */
export async function createLargeRound(db: pg.Client): Promise<LargeRound> {
  const size = LARGE_ROUND;
  const one = async <Row>(text: string, params: unknown[] = []) => (await db.query(text, params)).rows[0] as Row;
  const stamp = Date.now().toString(36);

  const { id: programmeId } = await one<{ id: string }>(
    `insert into public.programmes (title, year_from, year_to) values ($1, 2042, 2044) returning id`,
    [`Program pomiarowy ${stamp}`],
  );
  const { id: roundId } = await one<{ id: string }>(
    `insert into public.rounds (programme_id, number, title, starts_on, ends_on, is_public, status)
     values ($1, 1, $2, '2042-10-01', '2042-12-31', true, 'consultation') returning id`,
    [programmeId, `Tura pomiarowa ${stamp}`],
  );
  await db.query(
    `insert into public.sector_teams (programme_id, name) select $1, 'Zespół branżowy nr ' || i from generate_series(1, $2) i`,
    [programmeId, size.teams],
  );
  await db.query(
    `insert into public.venues (name, address) select 'Sala pomiarowa ' || i || ' ' || $1, 'ul. Pomiarowa ' || i || ', Kraków' from generate_series(1, $2) i`,
    [stamp, size.venues],
  );
  // Meeting i: venue i mod venues, day i div venues, 10:00–12:00 Warsaw time. A day's meetings are
  // consecutive numbers, so no venue and no team is booked twice at once.
  await db.query(
    `with teams as (select id, row_number() over (order by name) - 1 as n from public.sector_teams where programme_id = $1),
          venues as (select id, row_number() over (order by name) - 1 as n from public.venues where name like '% ' || $3)
     insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at, scope)
     select $2, t.id, v.id,
            ('2042-10-06 10:00'::timestamp + make_interval(days => i / $5)) at time zone 'Europe/Warsaw',
            ('2042-10-06 12:00'::timestamp + make_interval(days => i / $5)) at time zone 'Europe/Warsaw',
            'w zakresie nr ' || i
       from generate_series(0, $4 - 1) i
       join teams t on t.n = i % $6
       join venues v on v.n = i % $5`,
    [programmeId, roundId, stamp, size.meetings, size.venues, size.teams],
  );
  await db.query(`insert into public.schedule_versions (round_id, number, as_of, meetings) select $1, 1, '2042-10-01', app.schedule_snapshot($1)`, [roundId]);

  await db.query(
    `insert into public.departments (kind, name, short_name)
     select 'city_department', 'Wydział pomiarowy nr ' || i || ' ' || $1, 'WP' || i || '-' || $1 from generate_series(1, $2) i`,
    [stamp, size.departments],
  );
  const users = (
    await db.query<{ profileId: string; email: string; departmentId: string }>(
      `insert into public.profiles (email, full_name, role, department_id)
       select 'pomiar-' || lower(d.short_name) || '@tura.test', 'Pracownik ' || d.short_name, 'department', d.id
         from public.departments d where d.name like '% ' || $1
       returning id as "profileId", email, department_id as "departmentId"`,
      [stamp.toLowerCase()],
    )
  ).rows;
  const { id: coordinatorId } = await one<{ id: string }>(`select id from public.profiles where role = 'coordinator' and active order by email limit 1`);

  const assumptions = size.answeredAssumptions + size.openAssumptions;
  await db.query(
    `with teams as (select id, row_number() over (order by name) - 1 as n from public.sector_teams where programme_id = $1),
          made as (
            insert into public.assumptions (programme_id, team_id, kind, number, status, opened_at)
            select $1, t.id, (case when i % 2 = 0 then 'systemic' else 'substantive' end)::public.assumption_kind, i, 'open', now()
              from generate_series(1, $2) i join teams t on t.n = i % $3
            returning id, number)
     insert into public.assumption_revisions (assumption_id, revision, title, body)
     select id, 1, 'Założenie nr ' || number, 'Treść założenia nr ' || number || ': program wspiera organizacje w zakresie, który opisuje.' from made`,
    [programmeId, assumptions, size.teams],
  );
  await db.query(
    `insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline)
     select $1, d.id, a.id, r.id, '2042-12-15'
       from public.departments d, public.assumptions a join public.assumption_revisions r on r.assumption_id = a.id
      where d.name like '% ' || $3 and a.programme_id = $2`,
    [roundId, programmeId, stamp],
  );
  const stances = ['supports', 'supports_with_changes', 'objects', 'no_remarks'];
  const { count } = await one<{ count: number }>(
    `with answered as (
       insert into public.opinions (request_id, round_id, department_id, assumption_id, revision_id, state, stance, justification, submitted_at)
       select q.id, q.round_id, q.department_id, q.assumption_id, q.revision_id, 'submitted',
              ($3::text[])[1 + (a.number % 4)]::public.opinion_stance,
              'Uzasadnienie wydziału do założenia nr ' || a.number || '.', now() - make_interval(mins => a.number)
         from public.opinion_requests q join public.assumptions a on a.id = q.assumption_id
        where q.round_id = $1 and a.number <= $2
       returning 1)
     select count(*)::int as count from answered`,
    [roundId, size.answeredAssumptions, stances],
  );

  const open = (
    await db.query<{ department_id: string; id: string; number: number }>(
      `select q.department_id, q.id, a.number from public.opinion_requests q join public.assumptions a on a.id = q.assumption_id
        where q.round_id = $1 and a.number > $2 order by a.number`,
      [roundId, size.answeredAssumptions],
    )
  ).rows;
  const half = size.answeredAssumptions + size.openAssumptions / 2;
  return {
    roundId,
    coordinatorId,
    opinions: count,
    users: users.map((user) => ({
      ...user,
      appRequests: open.filter((row) => row.department_id === user.departmentId && row.number <= half).map((row) => row.id),
      rawRequests: open.filter((row) => row.department_id === user.departmentId && row.number > half).map((row) => row.id),
    })),
  };
}
