import type { SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TokenUser } from '@/lib/supabase/jwt';
import { anonClient, clientAs, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** Stand-ins for the keyed hashes the app sends: any opaque text, unique per test. */
const hash = () => randomUUID();
const token = () => `${randomUUID()}-${randomUUID()}`;

let coordinator: TokenUser;
let coordinatorClient: SupabaseClient;
beforeAll(async () => {
  coordinator = await createUser('coordinator');
  coordinatorClient = await clientAs(coordinator);
});

/** Each meeting a slot of its own, so that none clashes with another in the room or the team. */
let slot = 0;
const nextSlot = (daysAhead: number) => {
  slot += 1;
  const start = new Date(Date.now() + daysAhead * 86_400_000);
  start.setUTCHours(0, 0, 0, 0);
  // Nine two-hour slots a day from 00:00 UTC: the last ends at 18:00 UTC, never past midnight in Warsaw.
  start.setUTCMinutes(Math.floor(slot / 9) * 1440 + (slot % 9) * 120);
  return { starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 7_200_000).toISOString() };
};

/** A public round under way with one team (and its moderator), a venue, and a schedule issued. */
async function world(options: { roundPublic?: boolean } = {}) {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, isPublic: options.roundPublic ?? true });
  const { data: teams } = await service
    .from('sector_teams')
    .insert([
      { programme_id: programme.id, name: 'Zespół ds. kultury' },
      { programme_id: programme.id, name: 'Zespół ds. sportu' },
    ])
    .select('id, name')
    .order('name');
  const [culture, sport] = teams as { id: string }[];
  const { data: venue } = await service.from('venues').insert({ name: `MOWIS ${round.id.slice(0, 6)}`, address: 'os. Centrum C 10' }).select('id').single();
  const moderator = await createUser('moderator');
  const otherModerator = await createUser('moderator');
  await sql("insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, '2011-01-01'), ($3, $4, '2011-01-01')", [
    culture!.id,
    moderator.id,
    sport!.id,
    otherModerator.id,
  ]);
  return { round, culture: culture!, sport: sport!, venue: venue as { id: string }, moderator, otherModerator };
}
type World = Awaited<ReturnType<typeof world>>;

/** A future meeting, open unless told otherwise; `daysAhead` days from now. */
async function meeting(w: World, options: { daysAhead?: number; isPublic?: boolean; cancelled?: boolean; team?: string } = {}): Promise<string> {
  const when = nextSlot(options.daysAhead ?? 10);
  const [row] = await sql<{ id: string }>(
    `insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at, is_public, cancelled, change_reason)
     values ($1, $2, $3, $4, $5, $6, $7, 'Spotkanie testowe.') returning id`,
    [w.round.id, options.team ?? w.culture.id, w.venue.id, when.starts_at, when.ends_at, options.isPublic ?? true, options.cancelled ?? false],
  );
  return row!.id;
}

/** Issues the schedule as it stands now, as the coordinator does. */
async function issue(w: World) {
  const { error } = await coordinatorClient.rpc('issue_schedule_version', { round_id: w.round.id, as_of: new Date().toISOString().slice(0, 10) });
  if (error) throw new Error(error.message);
}

async function signUp(meetingId: string, options: { email?: string; client?: string; address?: string; link?: string; organisation?: string } = {}) {
  const email = options.email ?? `osoba-${randomUUID().slice(0, 8)}@ngo.test`;
  const link = options.link ?? token();
  const result = await serviceClient().rpc('request_meeting_signup', {
    meeting_id: meetingId,
    organisation: options.organisation ?? 'Fundacja Testowa',
    person_name: 'Anna Nowak',
    email,
    accessibility_needs: 'Pętla indukcyjna',
    token: link,
    confirm_url: `https://tura.test/zapisy/potwierdz?token=${link}`,
    address_hash: options.address ?? hash(),
    client_hash: options.client ?? hash(),
  });
  return { ...result, email, link };
}

const confirm = async (link: string) => {
  const { data, error } = await serviceClient().rpc('confirm_meeting_signup', { token: link });
  if (error) throw new Error(error.message);
  return data as { meeting_id: string; round_id: string; status: string }[];
};

const mail = (template: string, to: string) =>
  sql<{ payload: Record<string, unknown> }>('select payload from public.email_outbox where template = $1 and to_address = $2 order by created_at', [template, to]);

const participants = async (client: SupabaseClient, meetingId: string) => {
  const { data, error } = await client.from('meeting_signups').select('email').eq('meeting_id', meetingId);
  if (error) throw new Error(error.message);
  return (data as { email: string }[]).map((row) => row.email);
};

describe('signing up for an open meeting', () => {
  it('queues the link with the meeting as the schedule shows it; nothing counts until it is confirmed', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const { data, error, email, link } = await signUp(id, { email: ' Anna.Nowak@NGO.test ' });
    expect(error).toBeNull();
    expect(data).toBe('sent');
    const [sent] = await mail('signup-confirm', 'anna.nowak@ngo.test');
    expect(sent!.payload).toMatchObject({ id, roundId: w.round.id, roundTitle: w.round.title, teamName: 'Zespół ds. kultury', isPublic: true, personName: 'Anna Nowak' });
    expect(sent!.payload.confirmUrl).toBe(`https://tura.test/zapisy/potwierdz?token=${link}`);
    expect(email).toContain('Anna');
    expect(await participants(coordinatorClient, id)).toEqual([]);

    const [stored] = await sql<{ token_hash: string; organisation: string }>('select token_hash, organisation from public.meeting_signups where meeting_id = $1', [id]);
    expect(stored!.token_hash).not.toContain(link.slice(0, 10));
    expect(await confirm(link)).toEqual([{ meeting_id: id, round_id: w.round.id, status: 'confirmed' }]);
    expect(await participants(coordinatorClient, id)).toEqual(['anna.nowak@ngo.test']);
  });

  it('refuses a meeting that is cancelled, past, not open, not in the issued schedule, or of a round not public or in its summary', async () => {
    const w = await world();
    const open = await meeting(w);
    const cancelled = await meeting(w, { cancelled: true });
    const closed = await meeting(w, { isPublic: false });
    const past = await meeting(w, { daysAhead: -3 });
    const hidden = await world({ roundPublic: false });
    const hiddenMeeting = await meeting(hidden);
    await issue(hidden);
    const beforeIssue = await signUp(open);
    expect(beforeIssue.error?.hint).toBe('signups.closed');
    await issue(w);
    expect((await signUp(open)).data).toBe('sent');
    for (const id of [cancelled, closed, past, hiddenMeeting]) {
      const refused = await signUp(id);
      expect(refused.error?.hint, id).toBe('signups.closed');
      expect(await sql('select 1 from public.meeting_signups where meeting_id = $1', [id])).toEqual([]);
    }
    // Added since the schedule was issued: not announced yet.
    const notIssued = await meeting(w, { team: w.sport.id });
    expect((await signUp(notIssued)).error?.hint).toBe('signups.closed');
    await sql("update public.rounds set status = 'summarising' where id = $1", [w.round.id]);
    expect((await signUp(open)).error?.hint).toBe('signups.closed');
  });

  it('throttles: three granted requests per address in an hour, ten requests per client in ten minutes', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const address = hash();
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push((await signUp(id, { address })).data);
    expect(answers).toEqual(['sent', 'sent', 'sent', 'throttled']);

    const client = hash();
    const perClient = [];
    for (let i = 0; i < 11; i++) perClient.push((await signUp(id, { client })).data);
    expect(perClient).toEqual([...Array(10).fill('sent'), 'throttled']);

    // A throttled request writes no sign-up and queues no e-mail.
    const refused = await signUp(id, { client });
    expect(refused.data).toBe('throttled');
    expect(await sql('select 1 from public.meeting_signups where email = $1', [refused.email])).toEqual([]);
    expect(await mail('signup-confirm', refused.email)).toEqual([]);
    expect(await sql('select address_hash from app.signup_requests where address_hash = $1', [refused.email])).toEqual([]);
  });

  it('a second sign-up of an unconfirmed address renews its link and details; the old link no longer works', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const first = await signUp(id, { organisation: 'Fundacja Stara' });
    const second = await signUp(id, { email: first.email, organisation: 'Fundacja Nowa' });
    expect(second.data).toBe('sent');
    expect(await sql('select organisation from public.meeting_signups where meeting_id = $1', [id])).toEqual([{ organisation: 'Fundacja Nowa' }]);
    expect(await mail('signup-confirm', first.email)).toHaveLength(2);
    expect(await confirm(first.link)).toEqual([]);
    expect((await confirm(second.link))[0]?.status).toBe('confirmed');
  });

  it('an address already confirmed is told so, and nothing changes or is sent', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const first = await signUp(id);
    await confirm(first.link);
    const again = await signUp(id, { email: first.email, organisation: 'Ktoś inny' });
    expect(again.data).toBe('already_confirmed');
    expect(await sql('select organisation from public.meeting_signups where meeting_id = $1', [id])).toEqual([{ organisation: 'Fundacja Testowa' }]);
    expect(await mail('signup-confirm', first.email)).toHaveLength(1);
    expect((await confirm(first.link))[0]?.status).toBe('already_confirmed');
  });

  it('a link expires after 48 hours; an unknown link gives nothing', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const { link, email } = await signUp(id);
    await sql("update public.meeting_signups set token_expires_at = now() - interval '1 minute' where email = $1", [email]);
    expect(await confirm(link)).toEqual([{ meeting_id: id, round_id: w.round.id, status: 'expired' }]);
    expect(await sql('select confirmed_at from public.meeting_signups where email = $1', [email])).toEqual([{ confirmed_at: null }]);
    expect(await confirm(token())).toEqual([]);
  });
});

describe('reminders and notices to confirmed participants', () => {
  it('reminds once, the day before (Warsaw time), only the confirmed', async () => {
    const w = await world();
    const [tomorrow] = await sql<{ starts_at: string }>("select ((app.warsaw_today() + 1) + time '17:00') at time zone 'Europe/Warsaw' as starts_at");
    const [row] = await sql<{ id: string }>(
      `insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at, is_public) values ($1, $2, $3, $4, $4::timestamptz + interval '2 hours', true) returning id`,
      [w.round.id, w.culture.id, w.venue.id, tomorrow!.starts_at],
    );
    const later = await meeting(w, { daysAhead: 5, team: w.sport.id });
    await issue(w);
    const confirmed = await signUp(row!.id);
    await confirm(confirmed.link);
    const unconfirmed = await signUp(row!.id);
    const notYet = await signUp(later);
    await confirm(notYet.link);

    const { data: count, error } = await serviceClient().rpc('send_meeting_reminders');
    expect(error).toBeNull();
    expect(count).toBeGreaterThanOrEqual(1);
    const [reminder] = await mail('meeting-reminder', confirmed.email);
    expect(reminder!.payload).toMatchObject({ id: row!.id, roundId: w.round.id, roundTitle: w.round.title });
    expect(await mail('meeting-reminder', unconfirmed.email)).toEqual([]);
    expect(await mail('meeting-reminder', notYet.email)).toEqual([]);

    await serviceClient().rpc('send_meeting_reminders');
    expect(await mail('meeting-reminder', confirmed.email)).toHaveLength(1);
  });

  it('a new schedule version tells the confirmed of a move and of a cancellation, with the reason', async () => {
    const w = await world();
    const moved = await meeting(w);
    const cancelled = await meeting(w, { team: w.sport.id });
    const untouched = await meeting(w);
    await issue(w);
    const [movedSignup, cancelledSignup, untouchedSignup, unconfirmed] = [await signUp(moved), await signUp(cancelled), await signUp(untouched), await signUp(moved)];
    for (const signup of [movedSignup, cancelledSignup, untouchedSignup]) await confirm(signup.link);
    await sql('update public.meeting_signups set reminded_at = now() where email = $1', [movedSignup.email]);

    const when = nextSlot(12);
    await sql("update public.meetings set starts_at = $2, ends_at = $3, change_reason = 'Sala w remoncie.' where id = $1", [moved, when.starts_at, when.ends_at]);
    await sql("update public.meetings set cancelled = true, change_reason = 'Brak kworum.' where id = $1", [cancelled]);
    await issue(w);

    const [movedNotice] = await mail('meeting-moved', movedSignup.email);
    expect(movedNotice!.payload).toMatchObject({ id: moved, roundId: w.round.id, roundTitle: w.round.title, changeReason: 'Sala w remoncie.', startsAt: when.starts_at });
    expect((movedNotice!.payload.previous as { startsAt: string }).startsAt).not.toBe(when.starts_at);
    const [cancelNotice] = await mail('meeting-cancelled', cancelledSignup.email);
    expect(cancelNotice!.payload).toMatchObject({ id: cancelled, cancelled: true, changeReason: 'Brak kworum.' });
    expect(await mail('meeting-moved', untouchedSignup.email)).toEqual([]);
    expect(await mail('meeting-moved', unconfirmed.email)).toEqual([]);
    // The moved meeting is reminded of again before its new date.
    expect(await sql('select reminded_at from public.meeting_signups where email = $1', [movedSignup.email])).toEqual([{ reminded_at: null }]);
  });
});

describe('deleting what the form collected', () => {
  it('deletes unconfirmed sign-ups after a week and every sign-up 90 days after the summary is published', async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const [fresh, stale, confirmed] = [await signUp(id), await signUp(id), await signUp(id)];
    await confirm(confirmed.link);
    await sql("update public.meeting_signups set created_at = now() - interval '8 days' where email = any($1)", [[stale.email, confirmed.email]]);
    const { data: purged } = await serviceClient().rpc('purge_meeting_signups');
    expect(purged).toBeGreaterThanOrEqual(1);
    const left = async () => (await sql<{ email: string }>('select email from public.meeting_signups where meeting_id = $1 order by email', [id])).map((row) => row.email);
    expect(await left()).toEqual([fresh.email, confirmed.email].sort());

    await sql("update public.rounds set published_at = now() - interval '89 days' where id = $1", [w.round.id]);
    await serviceClient().rpc('purge_meeting_signups');
    expect(await left()).toHaveLength(2);
    await sql("update public.rounds set published_at = now() - interval '91 days' where id = $1", [w.round.id]);
    await serviceClient().rpc('purge_meeting_signups');
    expect(await left()).toEqual([]);
  });
});

describe('who may do what with sign-ups', () => {
  it('no visitor or signed-in user may call the sign-up functions or read the throttle', async () => {
    const callers = [anonClient(), coordinatorClient, await clientAs(await createUser('moderator')), await clientAs(await createUser('department'))];
    for (const client of callers) {
      const calls = [
        client.rpc('request_meeting_signup', {
          meeting_id: randomUUID(), organisation: 'X X', person_name: 'Y Y', email: 'a@b.test', accessibility_needs: '', token: token(), confirm_url: 'https://x', address_hash: hash(), client_hash: hash(),
        }),
        client.rpc('confirm_meeting_signup', { token: token() }),
        client.rpc('send_meeting_reminders'),
        client.rpc('purge_meeting_signups'),
      ];
      for (const call of await Promise.all(calls)) expect(call.error?.code).toBe('42501');
      expect((await client.schema('app' as 'public').from('signup_requests').select('id')).error).not.toBeNull();
    }
  });

  it("only the coordinators and the team's current moderator see the confirmed participants, never the token", async () => {
    const w = await world();
    const id = await meeting(w);
    await issue(w);
    const signup = await signUp(id);
    await confirm(signup.link);
    await signUp(id); // unconfirmed: nobody sees it

    expect(await participants(coordinatorClient, id)).toEqual([signup.email]);
    const moderatorClient = await clientAs(w.moderator);
    expect(await participants(moderatorClient, id)).toEqual([signup.email]);
    expect(await participants(await clientAs(w.otherModerator), id)).toEqual([]);
    expect(await participants(await clientAs(await createUser('department')), id)).toEqual([]);
    expect(await participants(anonClient(), id).catch(() => [])).toEqual([]);
    expect((await coordinatorClient.from('meeting_signups').select('token_hash').eq('meeting_id', id)).error?.code).toBe('42501');

    await sql("update public.team_moderators set ends_on = current_date, end_reason = 'resigned' where profile_id = $1", [w.moderator.id]);
    expect(await participants(await clientAs(w.moderator), id)).toEqual([]);
  });
});
