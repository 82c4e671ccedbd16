import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/db/errors';
import { createFollowUp, listDepartmentFollowUps, listMeetingFollowUps, updateFollowUp } from '@/lib/db/follow-ups';
import { listMeetingFlags } from '@/lib/db/meeting-flags';
import { getOutcome, recordOutcome, type OutcomeRecord } from '@/lib/db/outcomes';
import { twoHoursFrom } from '../fixtures/meeting-times';
import { anonClient, clientAs, createDepartment, createRound, createUser, serviceClient, sql } from './helpers';


/**
 * A public round with a moderated sport team and a vacant one, the Sports Department and ZIKiT
 * taking part, and meetings: two that ended days ago (one closed to the public), one cancelled,
 * one of a public round's hidden twin, and one next week.
 */
async function world() {
  const round = await createRound({ status: 'consultation', isPublic: true });
  const hidden = await createRound({ status: 'consultation', isPublic: false, programmeId: round.programme_id });
  const service = serviceClient();
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: round.programme_id, name: 'Zespół ds. sportu' },
      { programme_id: round.programme_id, name: 'Zespół ds. rozwoju gospodarczego' },
    ])
    .select('id, name');
  const team = (name: string) => (teams as { id: string; name: string }[]).find((row) => row.name === name)!;
  const [economy, sport] = [team('Zespół ds. rozwoju gospodarczego'), team('Zespół ds. sportu')];
  const [sports, zikit, other] = [await createDepartment(), await createDepartment('municipal_unit'), await createDepartment()];
  await service.from('round_departments').insert([sports, zikit].map((department) => ({ round_id: round.id, department_id: department.id })));
  const { data: venue } = await service.from('venues').insert({ name: `MOWIS ${round.id.slice(0, 6)}`, address: 'os. Centrum C 10' }).select('id').single();
  const users = {
    coordinator: await createUser('coordinator'),
    moderator: await createUser('moderator'),
    sports: await createUser('department', { departmentId: sports.id }),
    zikit: await createUser('department', { departmentId: zikit.id }),
    other: await createUser('department', { departmentId: other.id }),
  };
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [sport!.id, users.moderator.id]);
  const meeting = async (roundId: string, teamId: string, startsInHours: number, extra: Record<string, unknown> = {}) => {
    const { data, error } = await service
      .from('meetings')
      .insert({ round_id: roundId, team_id: teamId, venue_id: venue!.id, ...twoHoursFrom(new Date(Date.now() + startsInHours * 3_600_000)), ...extra })
      .select('id')
      .single();
    if (error) throw new Error(JSON.stringify(error));
    return (data as { id: string }).id;
  };
  const meetings = {
    held: await meeting(round.id, sport!.id, -100),
    notHeld: await meeting(round.id, economy!.id, -96),
    closed: await meeting(round.id, economy!.id, -200, { is_public: false }),
    cancelled: await meeting(round.id, sport!.id, -300, { cancelled: true }),
    hiddenRound: await meeting(hidden.id, sport!.id, -400),
    future: await meeting(round.id, economy!.id, 24 * 7),
  };
  const clients = {
    coordinator: await clientAs(users.coordinator),
    moderator: await clientAs(users.moderator),
    sports: await clientAs(users.sports),
    zikit: await clientAs(users.zikit),
    other: await clientAs(users.other),
  };
  return { round, hidden, sport: sport!, economy: economy!, sports, zikit, users, clients, meetings };
}

const held = (meetingId: string, overrides: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  meetingId,
  expectedVersion: 0,
  held: true,
  organisations: ['Stowarzyszenie Sportowe Wisła', 'Fundacja Aktywni'],
  organisationCount: 5,
  departmentIds: [],
  notHeldReason: null,
  note: '',
  ...overrides,
});
const notHeld = (meetingId: string, overrides: Partial<OutcomeRecord> = {}): OutcomeRecord =>
  held(meetingId, { held: false, organisations: [], organisationCount: null, notHeldReason: 'no_moderator', ...overrides });

async function refusal(promise: Promise<unknown>): Promise<DataError> {
  const error = await promise.then(() => null, (error: unknown) => error);
  expect(error).toBeInstanceOf(DataError);
  return error as DataError;
}

const outcomeRows = (meetingId: string) => sql('select * from public.meeting_outcomes where meeting_id = $1', [meetingId]);

describe("a meeting's outcome", () => {
  it('records a held meeting with the organisations (trimmed, once each), the count and the departments present', async () => {
    const w = await world();
    const saved = await recordOutcome(w.clients.coordinator, held(w.meetings.held, { organisations: [' Fundacja Aktywni ', 'Fundacja Aktywni', ''], organisationCount: 3, departmentIds: [w.sports.id, w.zikit.id] }));
    expect(saved.version).toBe(1);
    const outcome = await getOutcome(w.clients.coordinator, w.meetings.held);
    expect(outcome).toMatchObject({ held: true, organisations: ['Fundacja Aktywni'], organisation_count: 3, not_held_reason: null, version: 1 });
    expect(outcome!.departments.map((row) => row.department_id).sort()).toEqual([w.sports.id, w.zikit.id].sort());
  });

  it('records a meeting not held, with its reason; "other" needs words', async () => {
    const w = await world();
    expect((await refusal(recordOutcome(w.clients.coordinator, notHeld(w.meetings.notHeld, { notHeldReason: 'other', note: '  ' })))).hint).toBe('outcomes.note_required');
    expect(await outcomeRows(w.meetings.notHeld)).toEqual([]);
    await recordOutcome(w.clients.coordinator, notHeld(w.meetings.notHeld, { notHeldReason: 'other', note: 'Awaria ogrzewania w sali.' }));
    expect(await getOutcome(w.clients.coordinator, w.meetings.notHeld)).toMatchObject({ held: false, not_held_reason: 'other', note: 'Awaria ogrzewania w sali.', organisation_count: null, departments: [] });
  });

  it('refuses a meeting that has not begun, a cancelled one, and a count lower than the organisations listed', async () => {
    const w = await world();
    expect((await refusal(recordOutcome(w.clients.coordinator, held(w.meetings.future)))).hint).toBe('outcomes.not_started');
    expect((await refusal(recordOutcome(w.clients.coordinator, held(w.meetings.cancelled)))).hint).toBe('outcomes.cancelled');
    expect((await refusal(recordOutcome(w.clients.coordinator, held(w.meetings.held, { organisationCount: 1 })))).hint).toBe('outcomes.count_too_low');
    expect((await refusal(recordOutcome(w.clients.coordinator, held(w.meetings.held, { organisationCount: null })))).hint).toBe('outcomes.count_too_low');
    for (const id of [w.meetings.future, w.meetings.cancelled, w.meetings.held]) expect(await outcomeRows(id)).toEqual([]);
  });

  it('corrects an outcome from the version shown, and refuses a correction based on an older one', async () => {
    const w = await world();
    await recordOutcome(w.clients.coordinator, notHeld(w.meetings.held, { notHeldReason: 'no_quorum' }));
    const corrected = await recordOutcome(w.clients.coordinator, held(w.meetings.held, { expectedVersion: 1, departmentIds: [w.sports.id] }));
    expect(corrected.version).toBe(2);
    const stale = await refusal(recordOutcome(w.clients.coordinator, notHeld(w.meetings.held, { expectedVersion: 1 })));
    expect([stale.code, stale.hint]).toEqual(['PT409', 'outcomes.conflict']);
    expect((await refusal(recordOutcome(w.clients.coordinator, held(w.meetings.notHeld, { expectedVersion: 1 })))).hint).toBe('outcomes.conflict');
    expect(await getOutcome(w.clients.coordinator, w.meetings.held)).toMatchObject({ held: true, version: 2, not_held_reason: null, departments: [{ department_id: w.sports.id }] });
  });

  it('refuses "not held" once the meeting has minutes, and keeps the departments only of a held meeting', async () => {
    const w = await world();
    await recordOutcome(w.clients.coordinator, held(w.meetings.held, { departmentIds: [w.sports.id] }));
    const { error } = await w.clients.moderator.rpc('save_minutes', { meeting_id: w.meetings.held, expected_version: 0, attendance: 'Obecni: 5 organizacji.', agenda: '', positions: '', decisions: '', follow_ups: '' });
    expect(error).toBeNull();
    expect((await refusal(recordOutcome(w.clients.coordinator, notHeld(w.meetings.held, { expectedVersion: 1 })))).hint).toBe('outcomes.has_minutes');
    expect(await getOutcome(w.clients.coordinator, w.meetings.held)).toMatchObject({ held: true, version: 1 });
    // A held meeting with minutes may still be corrected as held.
    expect((await recordOutcome(w.clients.coordinator, held(w.meetings.held, { expectedVersion: 1, departmentIds: [] }))).version).toBe(2);
    expect((await getOutcome(w.clients.coordinator, w.meetings.held))!.departments).toEqual([]);
  });

  it('is recorded by coordinators only: the moderator, department staff and visitors write nothing', async () => {
    const w = await world();
    for (const client of [w.clients.moderator, w.clients.sports, anonClient()] as SupabaseClient[]) {
      const error = await refusal(recordOutcome(client, held(w.meetings.held)));
      expect(error.code).toBe('42501');
    }
    expect(await outcomeRows(w.meetings.held)).toEqual([]);
  });

  it('is read by visitors only for open meetings of public rounds; by the moderator and the departments of the round', async () => {
    const w = await world();
    for (const id of [w.meetings.held, w.meetings.closed, w.meetings.hiddenRound]) await recordOutcome(w.clients.coordinator, held(id));
    const anon = anonClient();
    const { data } = await anon.from('meeting_outcomes').select('meeting_id').in('meeting_id', [w.meetings.held, w.meetings.closed, w.meetings.hiddenRound]);
    expect(data).toEqual([{ meeting_id: w.meetings.held }]);
    expect(await getOutcome(w.clients.moderator, w.meetings.held)).toMatchObject({ held: true });
    expect(await getOutcome(w.clients.sports, w.meetings.closed)).toMatchObject({ held: true });
    expect(await getOutcome(w.clients.other, w.meetings.closed)).toBeNull();
  });
});

describe('follow-up talks', () => {
  it('come from a held meeting, e-mail the department invited, and are updated by it with a date when arranged', async () => {
    const w = await world();
    await recordOutcome(w.clients.coordinator, notHeld(w.meetings.notHeld));
    expect((await refusal(createFollowUp(w.clients.coordinator, { meetingId: w.meetings.notHeld, departmentId: w.sports.id, organisation: 'Fundacja Aktywni', subject: 'Boiska' }))).hint).toBe('follow_ups.not_held');
    expect((await refusal(createFollowUp(w.clients.coordinator, { meetingId: w.meetings.held, departmentId: w.sports.id, organisation: 'Fundacja Aktywni', subject: 'Boiska' }))).hint).toBe('follow_ups.not_held');

    await recordOutcome(w.clients.coordinator, held(w.meetings.held));
    const created = await createFollowUp(w.clients.coordinator, { meetingId: w.meetings.held, departmentId: w.sports.id, organisation: ' Fundacja Aktywni ', subject: 'Dostęp do boisk szkolnych' });
    expect(created).toMatchObject({ organisation: 'Fundacja Aktywni', status: 'invited', talks_on: null });
    const mail = await sql<{ to_address: string; payload: Record<string, unknown> }>("select to_address, payload from public.email_outbox where template = 'follow-up-created' and payload ->> 'id' = $1", [w.meetings.held]);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ payload: { organisation: 'Fundacja Aktywni', subject: 'Dostęp do boisk szkolnych', teamName: 'Zespół ds. sportu', roundTitle: w.round.title } });

    // The team's moderator records follow-ups of their team's meetings too.
    await createFollowUp(w.clients.moderator, { meetingId: w.meetings.held, departmentId: w.zikit.id, organisation: 'Klub Rowerowy', subject: 'Ścieżki rowerowe' });
    expect((await listMeetingFollowUps(w.clients.coordinator, w.meetings.held)).map((row) => [row.organisation, row.department.id])).toEqual([
      ['Fundacja Aktywni', w.sports.id],
      ['Klub Rowerowy', w.zikit.id],
    ]);

    expect((await refusal(updateFollowUp(w.clients.sports, { followUpId: created.id, status: 'scheduled', talksOn: null, note: '' }))).hint).toBe('follow_ups.date_required');
    await updateFollowUp(w.clients.sports, { followUpId: created.id, status: 'scheduled', talksOn: '2026-12-10', note: 'Sala 12, ul. Bratysławska' });
    expect((await listDepartmentFollowUps(w.clients.sports, w.sports.id))[0]).toMatchObject({ status: 'scheduled', talks_on: '2026-12-10', note: 'Sala 12, ul. Bratysławska', team: { name: 'Zespół ds. sportu' }, round: { title: w.round.title } });
  });

  it('of a closed meeting are read by the department invited, not another; only it updates them; nobody else records them', async () => {
    const w = await world();
    await recordOutcome(w.clients.coordinator, held(w.meetings.closed));
    const created = await createFollowUp(w.clients.coordinator, { meetingId: w.meetings.closed, departmentId: w.sports.id, organisation: 'Fundacja Aktywni', subject: 'Boiska' });
    expect(await listDepartmentFollowUps(w.clients.zikit, w.sports.id)).toEqual([]);
    expect(await listMeetingFollowUps(w.clients.zikit, w.meetings.closed)).toEqual([]);
    expect((await refusal(updateFollowUp(w.clients.zikit, { followUpId: created.id, status: 'dropped', talksOn: null, note: '' }))).code).toBe('42501');
    expect((await refusal(updateFollowUp(w.clients.moderator, { followUpId: created.id, status: 'dropped', talksOn: null, note: '' }))).code).toBe('42501');
    for (const client of [w.clients.sports, anonClient()] as SupabaseClient[]) {
      expect((await refusal(createFollowUp(client, { meetingId: w.meetings.closed, departmentId: w.sports.id, organisation: 'X', subject: 'Y' }))).code).toBe('42501');
    }
    // The economy team is vacant: its meetings' follow-ups are the coordinators' to record.
    expect((await refusal(createFollowUp(w.clients.moderator, { meetingId: w.meetings.closed, departmentId: w.sports.id, organisation: 'X', subject: 'Y' }))).code).toBe('42501');
    expect(await sql('select status from public.follow_ups where meeting_id = $1', [w.meetings.closed])).toEqual([{ status: 'invited' }]);
  });
});

describe("the coordinator's flags", () => {
  it('lists issued meetings of vacant teams in the next days, and ended meetings with no outcome after the set time', async () => {
    const w = await world();
    const { error } = await w.clients.coordinator.rpc('issue_schedule_version', { round_id: w.round.id, as_of: new Date().toISOString().slice(0, 10) });
    expect(error).toBeNull();
    await recordOutcome(w.clients.coordinator, held(w.meetings.held));
    const flags = await listMeetingFlags(w.clients.coordinator);
    const mine = (list: { id: string }[]) => list.map((meeting) => meeting.id).filter((id) => Object.values(w.meetings).includes(id));
    expect(mine(flags.vacantSoon)).toEqual([w.meetings.future]);
    // Not the held one (recorded), the cancelled one, nor the hidden round's (never issued).
    expect(mine(flags.outcomeMissing)).toEqual([w.meetings.closed, w.meetings.notHeld]);
  });
});

describe('the demo data', () => {
  it("records the 2011 round: every meeting held except the economic development team's, minutes approved by the moderators, follow-ups with Wydział Sportu and ZIKiT", async () => {
    const outcomes = await sql<{ team: string; held: boolean; reason: string | null; minutes: string | null; approver: string | null }>(
      `select t.name as team, o.held, o.not_held_reason::text as reason, r.state::text as minutes, r.reviewed_by_name as approver
         from public.meetings m join public.sector_teams t on t.id = m.team_id
         left join public.meeting_outcomes o on o.meeting_id = m.id
         left join public.minutes_revisions r on r.meeting_id = m.id
        where m.round_id = '40000000-0000-4000-8000-000000000002' and m.id::text like '62000000-%'`,
    );
    expect(outcomes).toHaveLength(9);
    expect(outcomes.filter((row) => !row.held)).toEqual([{ team: 'Zespół ds. rozwoju gospodarczego', held: false, reason: 'no_moderator', minutes: null, approver: null }]);
    expect(outcomes.filter((row) => row.held).every((row) => row.minutes === 'approved' && row.approver)).toBe(true);
    const anon = anonClient();
    const { data: published } = await anon.from('minutes_revisions').select('meeting_id').eq('round_id', '40000000-0000-4000-8000-000000000002');
    expect(published).toHaveLength(8);
    const followUps = await sql<{ department: string }>(
      "select distinct d.short_name as department from public.follow_ups f join public.departments d on d.id = f.department_id where f.round_id = '40000000-0000-4000-8000-000000000002' order by 1",
    );
    expect(followUps.map((row) => row.department)).toEqual(['WS', 'ZIKiT']);
  });
});
