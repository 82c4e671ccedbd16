import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { anonClient, clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

const daysAgo = (days: number, hour = 10) => new Date(Date.UTC(2011, 9, 1, hour) - days * 86_400_000).toISOString();

/**
 * A public round in consultation with two teams: sport (moderated) and economy (vacant), each with
 * a held open meeting in the past, and a held closed meeting of sport. The coordinator recorded
 * the outcomes. A department takes part in the round, another does not.
 */
async function world() {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, status: 'consultation', isPublic: true });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. sportu' },
      { programme_id: programme.id, name: 'Zespół ds. rozwoju gospodarczego' },
    ])
    .select('id, name')
    .order('name', { ascending: false });
  const [sport, economy] = teams as { id: string }[];
  const { data: venue } = await service.from('venues').insert({ name: `MOWIS ${round.id.slice(0, 6)}`, address: 'os. Centrum C 10' }).select('id').single();
  const meeting = (team: { id: string }, day: number, isPublic = true) => ({
    round_id: round.id,
    team_id: team.id,
    venue_id: venue!.id,
    starts_at: daysAgo(day, 14),
    ends_at: daysAgo(day, 16),
    is_public: isPublic,
  });
  const { data: meetings } = await service
    .from('meetings')
    .insert([meeting(sport!, 3), meeting(economy!, 2), meeting(sport!, 1, false)])
    .select('id, team_id, is_public')
    .order('starts_at');
  const [sportMeeting, economyMeeting, closedMeeting] = meetings as { id: string }[];

  const moderator = await createUser('moderator');
  const otherModerator = await createUser('moderator');
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01')", [sport!.id, moderator.id]);
  const [taking, outside] = [await createDepartment(), await createDepartment()];
  await service.from('round_departments').insert({ round_id: round.id, department_id: taking.id });
  const users = {
    coordinator: await createUser('coordinator'),
    moderator,
    otherModerator,
    department: await createUser('department', { departmentId: taking.id }),
    outside: await createUser('department', { departmentId: outside.id }),
  };
  const clients = Object.fromEntries(await Promise.all(Object.entries(users).map(async ([name, user]) => [name, await clientAs(user)]))) as Record<
    keyof typeof users,
    SupabaseClient
  >;
  for (const held of [sportMeeting, economyMeeting, closedMeeting]) {
    const { error } = await clients.coordinator.rpc('record_meeting_outcome', {
      meeting_id: held!.id,
      expected_version: 0,
      held: true,
      organisations: ['Stowarzyszenie Sportowe'],
      organisation_count: 3,
      department_ids: [taking.id],
      not_held_reason: null,
      note: '',
    });
    expect(error).toBeNull();
  }
  return { round, sport: sport!, economy: economy!, sportMeeting: sportMeeting!, economyMeeting: economyMeeting!, closedMeeting: closedMeeting!, users, clients };
}
type World = Awaited<ReturnType<typeof world>>;

interface Revision {
  id: string;
  revision: number;
  state: string;
  version: number;
  attendance: string;
  decisions: string;
  review_comment: string;
  reviewed_by_name: string | null;
  approved_as_substitute: boolean;
}

const text = (decisions: string) => ({ attendance: 'Obecni: 3 organizacje', agenda: 'Założenia programu', positions: 'Organizacje poparły', decisions, follow_ups: '' });
const save = (client: SupabaseClient, meetingId: string, version: number, decisions = 'Przyjęto założenia.') =>
  client.rpc('save_minutes', { meeting_id: meetingId, expected_version: version, ...text(decisions) }).single<Revision>();
const submit = (client: SupabaseClient, meetingId: string, version: number) =>
  client.rpc('submit_minutes', { meeting_id: meetingId, expected_version: version }).single<Revision>();
const review = (client: SupabaseClient, meetingId: string, approve: boolean, comment = '') =>
  client.rpc('review_minutes', { meeting_id: meetingId, approve, comment }).single<Revision>();

const revisions = (meetingId: string) =>
  sql<Revision>('select id, revision, state, version, attendance, decisions, review_comment, reviewed_by_name, approved_as_substitute from public.minutes_revisions where meeting_id = $1 order by revision', [meetingId]);
const mail = (template: string, meetingId: string) =>
  sql<{ to_address: string; payload: Record<string, unknown> }>("select to_address, payload from public.email_outbox where template = $1 and payload ->> 'id' = $2 order by created_at", [template, meetingId]);
const emailOf = async (user: { id: string }) => (await sql<{ email: string }>('select email from public.profiles where id = $1', [user.id]))[0]!.email;

/** Minutes of the sport meeting written and submitted by the coordinator. */
async function submitted(w: World, meetingId = w.sportMeeting.id) {
  const { data: draft, error } = await save(w.clients.coordinator, meetingId, 0);
  expect(error).toBeNull();
  const { data, error: submitError } = await submit(w.clients.coordinator, meetingId, draft!.version);
  expect(submitError).toBeNull();
  return data!;
}

describe('the minutes\' transitions', () => {
  it('draft, submitted, returned with a comment, edited, submitted again, approved; e-mails at each step', async () => {
    const w = await world();
    const meetingId = w.sportMeeting.id;
    const { data: first } = await save(w.clients.moderator, meetingId, 0, 'Wersja moderatora.');
    expect(first).toMatchObject({ revision: 1, state: 'draft', version: 1, decisions: 'Wersja moderatora.' });
    const { data: second } = await save(w.clients.coordinator, meetingId, 1);
    expect(second).toMatchObject({ state: 'draft', version: 2 });

    const { data: sent } = await submit(w.clients.coordinator, meetingId, 2);
    expect(sent).toMatchObject({ state: 'submitted', version: 3 });
    const toModerator = await mail('minutes-submitted', meetingId);
    expect(toModerator.map((row) => row.to_address)).toEqual([await emailOf(w.users.moderator)]);
    expect(toModerator[0]!.payload).toMatchObject({ revision: 1, asSubstitute: false, roundId: w.round.id, teamName: 'Zespół ds. sportu' });
    // Submitting again (a double click) gives the same revision back and no second e-mail.
    expect((await submit(w.clients.coordinator, meetingId, 3)).data).toMatchObject({ state: 'submitted', version: 3 });
    expect(await mail('minutes-submitted', meetingId)).toHaveLength(1);

    // Submitted minutes are not edited until reviewed.
    expect((await save(w.clients.coordinator, meetingId, 3)).error).toMatchObject({ hint: 'minutes.awaiting_approval' });

    expect((await review(w.clients.moderator, meetingId, false, '  ')).error).toMatchObject({ hint: 'minutes.comment_required' });
    const { data: returned } = await review(w.clients.moderator, meetingId, false, 'Proszę dopisać stanowisko ZIKiT.');
    expect(returned).toMatchObject({ state: 'returned', review_comment: 'Proszę dopisać stanowisko ZIKiT.', approved_as_substitute: false });
    const returnedMail = await mail('minutes-returned', meetingId);
    expect(returnedMail.map((row) => row.to_address)).toEqual([await emailOf(w.users.coordinator)]);
    expect(returnedMail[0]!.payload).toMatchObject({ comment: 'Proszę dopisać stanowisko ZIKiT.', revision: 1 });

    // Returned minutes are edited (they stay returned) and submitted again.
    const { data: edited } = await save(w.clients.coordinator, meetingId, returned!.version, 'Dopisano stanowisko ZIKiT.');
    expect(edited).toMatchObject({ state: 'returned', decisions: 'Dopisano stanowisko ZIKiT.' });
    expect((await submit(w.clients.coordinator, meetingId, edited!.version)).data).toMatchObject({ state: 'submitted' });
    expect(await mail('minutes-submitted', meetingId)).toHaveLength(2);

    const { data: approved } = await review(w.clients.moderator, meetingId, true);
    expect(approved).toMatchObject({ state: 'approved', reviewed_by_name: 'Test moderator', approved_as_substitute: false });
    expect((await mail('minutes-approved', meetingId)).map((row) => row.to_address)).toEqual([await emailOf(w.users.coordinator)]);
    // The return's comment stays readable after the approval.
    const [history] = await sql<{ return_history: { comment: string; by: string; at: string }[] }>('select return_history from public.minutes_revisions where meeting_id = $1', [meetingId]);
    expect(history!.return_history).toEqual([{ comment: 'Proszę dopisać stanowisko ZIKiT.', by: 'Test moderator', at: expect.any(String) }]);
    // Reviewing twice is refused: only submitted minutes are reviewed.
    expect((await review(w.clients.moderator, meetingId, true)).error).toMatchObject({ hint: 'minutes.not_submitted' });
  });

  it('refuses to submit empty minutes, and nothing without a draft', async () => {
    const w = await world();
    expect((await submit(w.clients.coordinator, w.sportMeeting.id, 0)).error).toMatchObject({ hint: 'minutes.no_draft' });
    const { data: empty } = await w.clients.coordinator
      .rpc('save_minutes', { meeting_id: w.sportMeeting.id, expected_version: 0, attendance: ' ', agenda: '', positions: '', decisions: '', follow_ups: '' })
      .single<Revision>();
    expect((await submit(w.clients.coordinator, w.sportMeeting.id, empty!.version)).error).toMatchObject({ hint: 'minutes.empty' });
    expect((await revisions(w.sportMeeting.id))[0]).toMatchObject({ state: 'draft' });
  });

  it('no minutes for a meeting that was not held', async () => {
    const w = await world();
    const { error } = await w.clients.coordinator.rpc('record_meeting_outcome', {
      meeting_id: w.closedMeeting.id, expected_version: 1, held: false, organisations: [], organisation_count: null,
      department_ids: [], not_held_reason: 'no_quorum', note: '',
    });
    expect(error).toBeNull();
    expect((await save(w.clients.coordinator, w.closedMeeting.id, 0)).error).toMatchObject({ hint: 'minutes.not_held' });
  });
});

describe('two people editing one draft', () => {
  it('the second save with a stale version is refused (PT409) and the first text is kept', async () => {
    const w = await world();
    const meetingId = w.sportMeeting.id;
    await save(w.clients.coordinator, meetingId, 0, 'Początek.');
    expect((await save(w.clients.moderator, meetingId, 1, 'Tekst moderatora.')).error).toBeNull();
    const stale = await save(w.clients.coordinator, meetingId, 1, 'Tekst koordynatora.');
    expect(stale.error).toMatchObject({ code: 'PT409', hint: 'minutes.conflict' });
    expect((await revisions(meetingId))[0]).toMatchObject({ version: 2, decisions: 'Tekst moderatora.' });
    // Submitting what one has not seen is a conflict too.
    expect((await submit(w.clients.coordinator, meetingId, 1)).error).toMatchObject({ code: 'PT409' });
  });

  it('a correction started from approved minutes that meanwhile got a new draft is a conflict', async () => {
    const w = await world();
    await submitted(w);
    await review(w.clients.moderator, w.sportMeeting.id, true);
    expect((await save(w.clients.moderator, w.sportMeeting.id, 0, 'Korekta A.')).error).toBeNull();
    const late = await save(w.clients.coordinator, w.sportMeeting.id, 0, 'Korekta B.');
    expect(late.error).toMatchObject({ code: 'PT409', hint: 'minutes.conflict' });
    expect((await revisions(w.sportMeeting.id)).map((row) => [row.revision, row.decisions])).toEqual([[1, 'Przyjęto założenia.'], [2, 'Korekta A.']]);
  });
});

describe('corrections', () => {
  it('are new revisions needing their own approval; the approved one stays as it was', async () => {
    const w = await world();
    const meetingId = w.sportMeeting.id;
    await submitted(w);
    const { data: approved } = await review(w.clients.moderator, meetingId, true);
    const { data: correction } = await save(w.clients.coordinator, meetingId, 0, 'Poprawione postanowienia.');
    expect(correction).toMatchObject({ revision: 2, state: 'draft', version: 1 });
    const [first] = await revisions(meetingId);
    expect(first).toMatchObject({ id: approved!.id, state: 'approved', decisions: 'Przyjęto założenia.', version: approved!.version });

    // The public still reads the approved revision only.
    const publicRows = await anonClient().from('minutes_revisions').select('revision, state').eq('meeting_id', meetingId);
    expect(publicRows.data).toEqual([{ revision: 1, state: 'approved' }]);

    await submit(w.clients.coordinator, meetingId, correction!.version);
    expect((await review(w.clients.moderator, meetingId, true)).data).toMatchObject({ revision: 2, state: 'approved' });
    expect((await revisions(meetingId)).map((row) => [row.revision, row.state])).toEqual([[1, 'approved'], [2, 'approved']]);
  });
});

describe('a team without a moderator', () => {
  it('the coordinators get the submitted minutes and one approves as the substitute; the minutes say so', async () => {
    const w = await world();
    const meetingId = w.economyMeeting.id;
    await submitted(w, meetingId);
    const sent = await mail('minutes-submitted', meetingId);
    expect(sent.map((row) => row.to_address)).toContain(await emailOf(w.users.coordinator));
    expect(sent.every((row) => row.payload.asSubstitute === true)).toBe(true);
    // A moderator of another team may not approve it.
    expect((await review(w.clients.otherModerator, meetingId, true)).error).toMatchObject({ hint: 'minutes.forbidden' });
    const { data } = await review(w.clients.coordinator, meetingId, true);
    expect(data).toMatchObject({ state: 'approved', approved_as_substitute: true, reviewed_by_name: 'Test coordinator' });
    expect((await mail('minutes-approved', meetingId))[0]!.payload).toMatchObject({ asSubstitute: true });
  });

  it('a coordinator may not approve when the team has a moderator', async () => {
    const w = await world();
    await submitted(w);
    expect((await review(w.clients.coordinator, w.sportMeeting.id, true)).error).toMatchObject({ code: '42501', hint: 'minutes.forbidden' });
    expect((await revisions(w.sportMeeting.id))[0]).toMatchObject({ state: 'submitted' });
  });
});

describe('who may not', () => {
  it('a moderator of another team neither reads, writes, submits nor reviews', async () => {
    const w = await world();
    await submitted(w);
    const other = w.clients.otherModerator;
    expect((await other.from('minutes_revisions').select('id').eq('meeting_id', w.sportMeeting.id)).data).toEqual([]);
    expect((await save(other, w.sportMeeting.id, 0)).error).toMatchObject({ hint: 'minutes.forbidden' });
    expect((await submit(other, w.sportMeeting.id, 2)).error).toMatchObject({ hint: 'minutes.forbidden' });
    expect((await review(other, w.sportMeeting.id, true)).error).toMatchObject({ hint: 'minutes.forbidden' });
    expect((await revisions(w.sportMeeting.id))[0]).toMatchObject({ state: 'submitted', version: 2 });
  });

  it('a moderator who resigned loses their former team\'s drafts', async () => {
    const w = await world();
    await save(w.clients.moderator, w.sportMeeting.id, 0, 'Szkic moderatora.');
    expect((await w.clients.moderator.from('minutes_revisions').select('id').eq('meeting_id', w.sportMeeting.id)).data).toHaveLength(1);
    await sql("update public.team_moderators set ends_on = current_date, end_reason = 'resigned' where profile_id = $1", [w.users.moderator.id]);
    expect((await w.clients.moderator.from('minutes_revisions').select('id').eq('meeting_id', w.sportMeeting.id)).data).toEqual([]);
    expect((await save(w.clients.moderator, w.sportMeeting.id, 1)).error).toMatchObject({ hint: 'minutes.forbidden' });
    expect((await revisions(w.sportMeeting.id))[0]).toMatchObject({ version: 1, decisions: 'Szkic moderatora.' });
  });

  it('department staff read approved minutes of their rounds only (a closed meeting\'s too), and write nothing', async () => {
    const w = await world();
    const meetingId = w.closedMeeting.id;
    await submitted(w, meetingId);
    const read = (client: SupabaseClient) => client.from('minutes_revisions').select('revision, state').eq('meeting_id', meetingId);
    expect((await read(w.clients.department)).data).toEqual([]);
    expect((await save(w.clients.department, meetingId, 0)).error).toMatchObject({ hint: 'minutes.forbidden' });
    expect((await review(w.clients.department, meetingId, true)).error).toMatchObject({ hint: 'minutes.forbidden' });
    await review(w.clients.moderator, meetingId, true);
    expect((await read(w.clients.department)).data).toEqual([{ revision: 1, state: 'approved' }]);
    // Another department reads the approved minutes of closed meetings of rounds it takes no part in: none.
    expect((await read(w.clients.outside)).data).toEqual([]);
  });

  it('anon reads approved minutes of open meetings only, never drafts, and calls no function', async () => {
    const w = await world();
    const anon = anonClient();
    await save(w.clients.coordinator, w.sportMeeting.id, 0);
    expect((await anon.from('minutes_revisions').select('id').eq('round_id', w.round.id)).data).toEqual([]);
    await submitted(w, w.closedMeeting.id);
    await review(w.clients.moderator, w.closedMeeting.id, true);
    // Approved, but of a closed meeting: not public.
    expect((await anon.from('minutes_revisions').select('id').eq('round_id', w.round.id)).data).toEqual([]);
    expect((await anon.rpc('save_minutes', { meeting_id: w.sportMeeting.id, expected_version: 1, ...text('x') })).error).toMatchObject({ code: '42501' });
    expect((await anon.rpc('review_minutes', { meeting_id: w.closedMeeting.id, approve: false, comment: 'x' })).error).toMatchObject({ code: '42501' });
  });

  it('nobody updates, inserts or deletes revisions directly, an approved one least of all', async () => {
    const w = await world();
    await submitted(w);
    const { data: approved } = await review(w.clients.moderator, w.sportMeeting.id, true);
    for (const client of [w.clients.coordinator, w.clients.moderator]) {
      await client.from('minutes_revisions').update({ decisions: 'Zmienione.' }).eq('id', approved!.id);
      await client.from('minutes_revisions').delete().eq('id', approved!.id);
      const inserted = await client.from('minutes_revisions').insert({ meeting_id: w.sportMeeting.id, round_id: w.round.id, team_id: w.sport.id, revision: 9 });
      expect(inserted.error).not.toBeNull();
    }
    expect(await revisions(w.sportMeeting.id)).toEqual([expect.objectContaining({ id: approved!.id, state: 'approved', decisions: 'Przyjęto założenia.' })]);
  });
});
