import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenUser } from '@/lib/supabase/jwt';
import { anonClient, auditOf, clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** A programme with two teams, a venue with two rooms, a round in planning, one department taking part. */
async function world(options: { isPublic?: boolean } = {}) {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, isPublic: options.isPublic ?? true });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. kultury' },
      { programme_id: programme.id, name: 'Zespół ds. edukacji' },
    ])
    .select('id, name')
    .order('name');
  const [education, culture] = teams as { id: string }[];
  const { data: venue } = await service.from('venues').insert({ name: `MOWIS ${round.id.slice(0, 6)}`, address: 'os. Centrum C 10' }).select('id').single();
  const { data: rooms } = await service.from('venue_rooms').insert([
    { venue_id: venue!.id, name: '102' },
    { venue_id: venue!.id, name: '103' },
  ]).select('id, name').order('name');
  const [room102, room103] = rooms as { id: string }[];
  const department = await createDepartment();
  await service.from('round_departments').insert({ round_id: round.id, department_id: department.id });
  return { programme, round, culture: culture!, education: education!, venue: venue as { id: string }, room102: room102!, room103: room103!, department };
}

type World = Awaited<ReturnType<typeof world>>;
const meeting = (w: World, overrides: Record<string, unknown> = {}) => ({
  round_id: w.round.id,
  team_id: w.culture.id,
  venue_id: w.venue.id,
  room_id: w.room103.id,
  starts_at: '2011-10-24T12:00:00Z',
  ends_at: '2011-10-24T14:00:00Z',
  ...overrides,
});

let coordinator: TokenUser;
beforeAll(async () => {
  coordinator = await createUser('coordinator');
});

describe('the schedule guards', () => {
  it('refuse two meetings in the same room at overlapping times, and allow other rooms at the same hour', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    expect((await client.from('meetings').insert(meeting(w))).error).toBeNull();
    const clash = await client.from('meetings').insert(meeting(w, { team_id: w.education.id, starts_at: '2011-10-24T13:00:00Z', ends_at: '2011-10-24T15:00:00Z' }));
    expect(clash.error?.code).toBe('23P01');
    expect(clash.error?.message).toContain('meetings_room_free');
    expect((await client.from('meetings').insert(meeting(w, { team_id: w.education.id, room_id: w.room102.id }))).error).toBeNull();
  });

  it('refuse the same team twice at overlapping times', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    await client.from('meetings').insert(meeting(w));
    const twice = await client.from('meetings').insert(meeting(w, { room_id: w.room102.id, starts_at: '2011-10-24T13:30:00Z', ends_at: '2011-10-24T15:30:00Z' }));
    expect(twice.error?.message).toContain('meetings_team_free');
  });

  it('free the slot of a cancelled meeting', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    await client.from('meetings').insert(meeting(w, { cancelled: true }));
    expect((await client.from('meetings').insert(meeting(w, { team_id: w.education.id }))).error).toBeNull();
  });
});

describe('the booking rules', () => {
  it('refuse a whole-venue meeting at the time of a meeting in one of its rooms, and the reverse', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    expect((await client.from('meetings').insert(meeting(w))).error).toBeNull();
    const whole = await client.from('meetings').insert(meeting(w, { team_id: w.education.id, room_id: null, starts_at: '2011-10-24T13:00:00Z', ends_at: '2011-10-24T15:00:00Z' }));
    expect(whole.error?.code).toBe('23P01');
    expect(whole.error?.message).toContain('meetings_venue_free');
    // Later the same day the whole venue is free; then no room of it can be booked over it.
    expect((await client.from('meetings').insert(meeting(w, { team_id: w.education.id, room_id: null, starts_at: '2011-10-24T14:00:00Z', ends_at: '2011-10-24T16:00:00Z' }))).error).toBeNull();
    const room = await client.from('meetings').insert(meeting(w, { room_id: w.room102.id, starts_at: '2011-10-24T15:00:00Z', ends_at: '2011-10-24T17:00:00Z' }));
    expect(room.error?.message).toContain('meetings_venue_free');
    expect(await sql('select count(*)::int as n from public.meetings where round_id = $1', [w.round.id])).toEqual([{ n: 2 }]);
  });

  it('refuse a meeting outside the dates of its round, and allow its first and last day (Warsaw time)', async () => {
    const w = await world();
    await sql("update public.rounds set starts_on = '2011-10-17', ends_on = '2011-10-28' where id = $1", [w.round.id]);
    const client = await clientAs(coordinator);
    for (const [startsAt, endsAt] of [['2011-10-16T12:00:00Z', '2011-10-16T14:00:00Z'], ['2011-10-28T22:30:00Z', '2011-10-28T23:00:00Z']]) {
      const { error } = await client.from('meetings').insert(meeting(w, { starts_at: startsAt, ends_at: endsAt }));
      expect(error?.hint).toBe('meeting.outside_round');
    }
    // 17 Oct 00:30 in Warsaw is 16 Oct 22:30 UTC.
    expect((await client.from('meetings').insert(meeting(w, { starts_at: '2011-10-16T22:30:00Z', ends_at: '2011-10-16T23:30:00Z' }))).error).toBeNull();
    expect((await client.from('meetings').insert(meeting(w, { starts_at: '2011-10-28T12:00:00Z', ends_at: '2011-10-28T14:00:00Z' }))).error).toBeNull();
    const { data: moved } = await client.from('meetings').update({ starts_at: '2011-11-02T12:00:00Z', ends_at: '2011-11-02T14:00:00Z' }).eq('round_id', w.round.id).select();
    expect(moved).toBeNull();
  });

  it('refuse a meeting crossing midnight in Warsaw, and allow one ending at midnight', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    // 22:00–00:30 Warsaw (CEST, UTC+2).
    const { error } = await client.from('meetings').insert(meeting(w, { starts_at: '2011-10-24T20:00:00Z', ends_at: '2011-10-24T22:30:00Z' }));
    expect(error?.hint).toBe('meeting.crosses_midnight');
    expect((await client.from('meetings').insert(meeting(w, { starts_at: '2011-10-24T20:00:00Z', ends_at: '2011-10-24T22:00:00Z' }))).error).toBeNull();
  });

  it('refuse a second venue with the same name, whatever its case, spaces or address', async () => {
    const client = await clientAs(coordinator);
    const name = `Sala Obrad ${crypto.randomUUID()}`;
    expect((await client.rpc('create_venue', { name, address: 'ul. A 1', rooms: [] })).error).toBeNull();
    const again = await client.rpc('create_venue', { name: `  ${name.toUpperCase().replace(' ', '   ')} `, address: 'ul. B 2', rooms: [] });
    expect(again.error?.hint).toBe('venues.exists');
    expect(await sql('select count(*)::int as n from public.venues where lower(name) like lower($1)', [`%${name.slice(-36)}`])).toEqual([{ n: 1 }]);
  });

  it('refuse a second programme with the same title, and allow a different one', async () => {
    const client = await clientAs(coordinator);
    const title = `Program współpracy ${crypto.randomUUID()}`;
    expect((await client.from('programmes').insert({ title, year_from: 2012, year_to: 2014 })).error).toBeNull();
    const again = await client.from('programmes').insert({ title: title.toLowerCase() + ' ', year_from: 2015, year_to: 2017 });
    expect(again.error?.message).toContain('programmes_title_key');
    expect((await client.from('programmes').insert({ title: `${title} II`, year_from: 2015, year_to: 2017 })).error).toBeNull();
  });

  it('import a new venue named like an existing one as that venue', async () => {
    const w = await world();
    const client = await clientAs(coordinator);
    const [{ name }] = await sql<{ name: string }>('select name from public.venues where id = $1', [w.venue.id]) as [{ name: string }];
    const items = [{ teamId: w.culture.id, newVenue: { name: name.toUpperCase(), address: '' }, startsAt: '2011-10-19T13:00:00Z', endsAt: '2011-10-19T15:00:00Z' }];
    expect((await client.rpc('import_meetings', { round_id: w.round.id, meetings: items })).error).toBeNull();
    expect(await sql('select venue_id from public.meetings where round_id = $1', [w.round.id])).toEqual([{ venue_id: w.venue.id }]);
  });
});

describe('who reads and writes the schedule', () => {
  it('a moderator reads only the meetings of the teams they moderate now, and loses them on resigning', async () => {
    const w = await world();
    const moderator = await createUser('moderator');
    const admin = await clientAs(coordinator);
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: moderator.id, starts_on: '2011-05-10' });
    await admin.from('meetings').insert([meeting(w), meeting(w, { team_id: w.education.id, room_id: w.room102.id })]);
    const client = await clientAs(moderator);
    expect((await client.from('meetings').select('team_id').eq('round_id', w.round.id)).data).toEqual([{ team_id: w.culture.id }]);

    await admin.rpc('end_moderation', { team_id: w.culture.id, ends_on: '2011-09-15', reason: 'resigned' });
    expect((await client.from('meetings').select('team_id').eq('round_id', w.round.id)).data).toEqual([]);
  });

  it('a moderator cannot add, move or remove meetings, even of their own team', async () => {
    const w = await world();
    const moderator = await createUser('moderator');
    const admin = await clientAs(coordinator);
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: moderator.id, starts_on: '2011-05-10' });
    const { data: planned } = await admin.from('meetings').insert(meeting(w)).select('id').single();
    const client = await clientAs(moderator);
    expect((await client.from('meetings').insert(meeting(w, { room_id: w.room102.id, starts_at: '2011-11-24T12:00:00Z', ends_at: '2011-11-24T14:00:00Z' }))).error?.code).toBe('42501');
    expect((await client.from('meetings').update({ starts_at: '2011-10-25T12:00:00Z', ends_at: '2011-10-25T14:00:00Z' }).eq('id', planned!.id).select()).data).toEqual([]);
    expect((await client.from('meetings').delete().eq('id', planned!.id).select()).data).toEqual([]);
    expect(await sql('select starts_at::text from public.meetings where id = $1', [planned!.id])).toEqual([{ starts_at: '2011-10-24 12:00:00+00' }]);
  });

  it('department staff read the draft of rounds their department takes part in, and no other', async () => {
    const w = await world();
    const other = await world();
    const admin = await clientAs(coordinator);
    await admin.from('meetings').insert(meeting(w));
    await admin.from('meetings').insert(meeting(other, { starts_at: '2012-10-24T12:00:00Z', ends_at: '2012-10-24T14:00:00Z' }));
    const staff = await clientAs(await createUser('department', { departmentId: w.department.id }));
    const { data } = await staff.from('meetings').select('round_id').in('round_id', [w.round.id, other.round.id]);
    expect(data).toEqual([{ round_id: w.round.id }]);
  });

  it('anon reads no draft, and the issued schedule of public rounds only', async () => {
    const open = await world({ isPublic: true });
    const hidden = await world({ isPublic: false });
    const admin = await clientAs(coordinator);
    for (const [w, when] of [[open, '2013-01-10'], [hidden, '2013-02-10']] as const) {
      await admin.from('meetings').insert(meeting(w, { starts_at: `${when}T12:00:00Z`, ends_at: `${when}T14:00:00Z` }));
      expect((await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: when })).error).toBeNull();
    }
    const anon = anonClient();
    expect((await anon.from('meetings').select('id').in('round_id', [open.round.id, hidden.round.id])).data).toEqual([]);
    expect((await anon.from('schedule_versions').select('round_id').in('round_id', [open.round.id, hidden.round.id])).data).toEqual([{ round_id: open.round.id }]);
  });

  it('staff read the issued versions of rounds they take part in, and no other', async () => {
    const w = await world({ isPublic: false });
    const admin = await clientAs(coordinator);
    const moderator = await createUser('moderator');
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: moderator.id, starts_on: '2011-01-10' });
    await admin.from('meetings').insert(meeting(w, { starts_at: '2014-03-10T12:00:00Z', ends_at: '2014-03-10T14:00:00Z' }));
    await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2014-03-01' });
    const readers = {
      moderator: await clientAs(moderator),
      staff: await clientAs(await createUser('department', { departmentId: w.department.id })),
      otherModerator: await clientAs(await createUser('moderator')),
      otherStaff: await clientAs(await createUser('department')),
    };
    const visible = async (client: (typeof readers)[keyof typeof readers]) => ((await client.from('schedule_versions').select('id').eq('round_id', w.round.id)).data ?? []).length;
    expect(await visible(readers.moderator)).toBe(1);
    expect(await visible(readers.staff)).toBe(1);
    expect(await visible(readers.otherModerator)).toBe(0);
    expect(await visible(readers.otherStaff)).toBe(0);
  });

  it.each(['department', 'moderator'] as const)('a %s user cannot issue a version, import, or manage moderators', async (role) => {
    const w = await world();
    await (await clientAs(coordinator)).from('meetings').insert(meeting(w));
    const client = await clientAs(await createUser(role));
    expect((await client.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-31' })).error?.hint).toBe('schedule.forbidden');
    expect((await client.rpc('import_meetings', { round_id: w.round.id, meetings: [] })).error?.hint).toBe('schedule.forbidden');
    expect((await client.rpc('assign_moderator', { team_id: w.culture.id, profile_id: (await createUser('moderator')).id, starts_on: '2011-01-01' })).error?.hint).toBe('teams.forbidden');
    expect(await sql('select count(*)::int as n from public.schedule_versions where round_id = $1', [w.round.id])).toEqual([{ n: 0 }]);
  });
});

describe('moderators of a team', () => {
  it('keep their history: a replacement ends the previous term, a resignation leaves the team vacant', async () => {
    const w = await world();
    const [first, second] = [await createUser('moderator'), await createUser('moderator')];
    const admin = await clientAs(coordinator);
    expect((await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: first.id, starts_on: '2011-01-10' })).error).toBeNull();
    expect((await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: second.id, starts_on: '2011-06-01' })).error).toBeNull();
    expect((await admin.rpc('end_moderation', { team_id: w.culture.id, ends_on: '2011-09-15', reason: 'resigned' })).error).toBeNull();
    expect(
      await sql('select profile_id, starts_on::text, ends_on::text, end_reason from public.team_moderators where team_id = $1 order by starts_on', [w.culture.id]),
    ).toEqual([
      { profile_id: first.id, starts_on: '2011-01-10', ends_on: '2011-06-01', end_reason: 'replaced' },
      { profile_id: second.id, starts_on: '2011-06-01', ends_on: '2011-09-15', end_reason: 'resigned' },
    ]);
    expect((await admin.rpc('end_moderation', { team_id: w.culture.id, ends_on: '2011-10-01', reason: 'resigned' })).error?.hint).toBe('teams.no_moderator');
  });

  it('are moderators: another role cannot be assigned', async () => {
    const w = await world();
    const { error } = await (await clientAs(coordinator)).rpc('assign_moderator', { team_id: w.culture.id, profile_id: (await createUser('department')).id, starts_on: '2011-01-10' });
    expect(error?.hint).toBe('teams.not_a_moderator');
  });

  it('are recorded when the term begins or ends, not ahead', async () => {
    const w = await world();
    const admin = await clientAs(coordinator);
    const future = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    expect((await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: (await createUser('moderator')).id, starts_on: future })).error?.hint).toBe('teams.future_date');
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: (await createUser('moderator')).id, starts_on: '2011-01-10' });
    expect((await admin.rpc('end_moderation', { team_id: w.culture.id, ends_on: future, reason: 'resigned' })).error?.hint).toBe('teams.future_date');
    expect(await sql('select count(*)::int as n from public.team_moderators where team_id = $1 and ends_on is null', [w.culture.id])).toEqual([{ n: 1 }]);
  });

  it.each([
    ['deactivated', { rpc: 'set_user_active', args: (id: string) => ({ user_id: id, active: false }) }],
    ['given another role', { rpc: 'change_user_role', args: (id: string) => ({ user_id: id, new_role: 'coordinator' }) }],
  ] as const)('stop moderating when %s: the team becomes vacant', async (_, change) => {
    const w = await world();
    const moderator = await createUser('moderator');
    const admin = await clientAs(coordinator);
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: moderator.id, starts_on: '2011-01-10' });
    expect((await admin.rpc(change.rpc, change.args(moderator.id))).error).toBeNull();
    expect(await sql('select end_reason from public.team_moderators where team_id = $1', [w.culture.id])).toEqual([{ end_reason: 'removed' }]);
    const ended = await sql('select id from public.team_moderators where team_id = $1', [w.culture.id]);
    expect((await auditOf(ended[0]!.id as string)).map((row) => `${row.op} ${row.action}`)).toEqual([
      'INSERT team.moderator_assigned',
      `UPDATE ${change.rpc === 'set_user_active' ? 'user.deactivated' : 'user.role_changed'}`,
    ]);
  });

  it('the table itself cannot be written, so history cannot be rewritten', async () => {
    const w = await world();
    const { error } = await (await clientAs(coordinator)).from('team_moderators').insert({ team_id: w.culture.id, profile_id: coordinator.id, starts_on: '2011-01-01' });
    expect(error?.code).toBe('42501');
  });
});

describe('import_meetings', () => {
  it('creates every meeting and the agreed new venue in one go, or nothing when one row clashes', async () => {
    const w = await world();
    const admin = await clientAs(coordinator);
    const items = [
      { teamId: w.culture.id, venueId: w.venue.id, roomId: w.room103.id, startsAt: '2011-10-19T13:00:00Z', endsAt: '2011-10-19T15:00:00Z' },
      { teamId: w.education.id, newVenue: { name: `Nowe miejsce ${w.round.id}`, address: '' }, newRoom: '1', startsAt: '2011-10-24T12:00:00Z', endsAt: '2011-10-24T14:00:00Z' },
    ];
    const clash = [...items, { teamId: w.culture.id, venueId: w.venue.id, roomId: w.room102.id, startsAt: '2011-10-19T14:00:00Z', endsAt: '2011-10-19T16:00:00Z' }];
    const refused = await admin.rpc('import_meetings', { round_id: w.round.id, meetings: clash });
    expect(refused.error?.hint).toBe('schedule.conflict');
    expect(await sql('select count(*)::int as n from public.meetings where round_id = $1', [w.round.id])).toEqual([{ n: 0 }]);
    expect(await sql('select count(*)::int as n from public.venues where name = $1', [`Nowe miejsce ${w.round.id}`])).toEqual([{ n: 0 }]);

    expect((await admin.rpc('import_meetings', { round_id: w.round.id, meetings: items })).data).toBe(2);
    expect(await sql('select count(*)::int as n from public.meetings where round_id = $1', [w.round.id])).toEqual([{ n: 2 }]);
  });
});

describe('a change to an issued schedule', () => {
  it('needs its reason, whether it comes through the API, the import or a later edit', async () => {
    const w = await world();
    const admin = await clientAs(coordinator);
    const { data: planned } = await admin.from('meetings').insert(meeting(w)).select('id').single();
    expect((await admin.from('meetings').update({ room_id: w.room102.id }).eq('id', planned!.id)).error).toBeNull(); // not issued yet
    await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-01' });

    const moved = await admin.from('meetings').update({ room_id: w.room103.id }).eq('id', planned!.id);
    expect(moved.error).toMatchObject({ code: '23514', hint: 'schedule.change_reason_required' });
    const added = await admin.from('meetings').insert(meeting(w, { team_id: w.education.id, starts_at: '2011-10-25T12:00:00Z', ends_at: '2011-10-25T14:00:00Z' }));
    expect(added.error?.hint).toBe('schedule.change_reason_required');
    const item = { teamId: w.education.id, venueId: w.venue.id, roomId: w.room102.id, startsAt: '2011-10-26T12:00:00Z', endsAt: '2011-10-26T14:00:00Z' };
    expect((await admin.rpc('import_meetings', { round_id: w.round.id, meetings: [item] })).error?.hint).toBe('schedule.change_reason_required');
    expect(await sql('select count(*)::int as n, min(room_id::text) as room from public.meetings where round_id = $1', [w.round.id])).toEqual([{ n: 1, room: w.room102.id }]);

    expect((await admin.rpc('import_meetings', { round_id: w.round.id, meetings: [{ ...item, changeReason: 'Spotkanie dodatkowe' }] })).error).toBeNull();
    expect((await admin.from('meetings').update({ room_id: w.room103.id, change_reason: 'Sala 102 zajęta' }).eq('id', planned!.id)).error).toBeNull();
    // The reason given since the last version stays with a later edit that gives none.
    expect((await admin.from('meetings').update({ starts_at: '2011-10-24T12:30:00Z', ends_at: '2011-10-24T14:30:00Z' }).eq('id', planned!.id)).error).toBeNull();
    expect(await sql('select change_reason from public.meetings where round_id = $1 order by starts_at', [w.round.id])).toEqual([
      { change_reason: 'Sala 102 zajęta' },
      { change_reason: 'Spotkanie dodatkowe' },
    ]);
  });
});

describe('issue_schedule_version', () => {
  it('freezes the schedule, moves the round to consultation and e-mails the moderators and departments involved', async () => {
    const w = await world();
    const admin = await clientAs(coordinator);
    const moderator = await createUser('moderator');
    const staff = await createUser('department', { departmentId: w.department.id });
    const bystander = await createUser('department');
    await admin.rpc('assign_moderator', { team_id: w.culture.id, profile_id: moderator.id, starts_on: '2011-05-10' });
    await admin.from('meetings').insert(meeting(w));

    const { data, error } = await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-31' }).single();
    expect(error).toBeNull();
    expect(data).toMatchObject({ number: 1, as_of: '2011-10-31' });
    expect(await sql('select status from public.rounds where id = $1', [w.round.id])).toEqual([{ status: 'consultation' }]);
    const mail = await sql<{ to_address: string }>("select to_address from public.email_outbox where template = 'schedule-issued' and payload ->> 'roundId' = $1 order by 1", [w.round.id]);
    const emails = await sql<{ email: string }>('select email from public.profiles where id = any($1) order by 1', [[moderator.id, staff.id]]);
    expect(mail.map((row) => row.to_address)).toEqual(emails.map((row) => row.email));
    expect(mail.map((row) => row.to_address)).not.toContain((await sql<{ email: string }>('select email from public.profiles where id = $1', [bystander.id]))[0]!.email);
    expect((await auditOf(w.round.id)).map((row) => `${row.op} ${row.table_name} ${row.action}`)).toEqual([
      'INSERT rounds POST /rounds',
      'UPDATE rounds schedule.issued',
    ]);
    expect(await sql("select distinct action from audit.record_version where table_name = 'schedule_versions' and record ->> 'round_id' = $1", [w.round.id])).toEqual([
      { action: 'schedule.issued' },
    ]);
  });

  it('refuses a version with nothing changed, and issues the next one with the reason of each change', async () => {
    const w = await world();
    const admin = await clientAs(coordinator);
    const { data: planned } = await admin.from('meetings').insert(meeting(w)).select('id').single();
    await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-01' });
    expect((await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-02' })).error?.hint).toBe('schedule.unchanged');

    await admin.from('meetings').update({ room_id: w.room102.id, change_reason: 'Sala 103 zajęta' }).eq('id', planned!.id);
    expect((await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-09-30' })).error?.hint).toBe('schedule.as_of_before_previous');
    expect((await admin.rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-05' })).error).toBeNull();
    const versions = await sql<{ number: number; meetings: { roomId: string; changeReason: string | null; sequence: number }[] }>(
      'select number, meetings from public.schedule_versions where round_id = $1 order by number',
      [w.round.id],
    );
    expect(versions.map((version) => version.number)).toEqual([1, 2]);
    expect(versions[1]!.meetings[0]).toMatchObject({ roomId: w.room102.id, changeReason: 'Sala 103 zajęta', sequence: 1 });
    expect(await sql('select change_reason from public.meetings where id = $1', [planned!.id])).toEqual([{ change_reason: null }]);
  });

  it('refuses an empty schedule', async () => {
    const w = await world();
    const { error } = await (await clientAs(coordinator)).rpc('issue_schedule_version', { round_id: w.round.id, as_of: '2011-10-31' });
    expect(error?.hint).toBe('schedule.empty');
  });
});
