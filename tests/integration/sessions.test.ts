import { describe, expect, it } from 'vitest';
import { anonClient, auditOf, clientAs, createUser, serviceClient, sql } from './helpers';

/** A session as the app's server starts it at sign-in (the service role). */
async function startSession(profileId: string): Promise<string> {
  const { data, error } = await serviceClient().rpc('start_session', { profile_id: profileId });
  if (error) throw new Error(`start_session failed: ${JSON.stringify(error)}`);
  return data as string;
}

/** The profile a request with this session gets, as the app's server asks on every request; null when refused. */
async function sessionProfile(sessionId: string): Promise<{ id: string } | null> {
  const { data, error } = await serviceClient().rpc('session_profile', { session_id: sessionId }).maybeSingle<{ id: string }>();
  expect(error).toBeNull();
  return data;
}

/** Moves a session's timestamps into the past, as if time had passed. */
const age = (sessionId: string, set: { created?: string; lastSeen?: string }) =>
  sql(
    `update public.user_sessions set created_at = now() - coalesce($2::interval, now() - created_at),
            last_seen_at = now() - coalesce($3::interval, now() - last_seen_at) where id = $1`,
    [sessionId, set.created ?? null, set.lastSeen ?? null],
  );

async function row(sessionId: string) {
  const [found] = await sql<{ last_seen_at: Date; revoked_at: Date | null; revoked_reason: string | null }>(
    'select last_seen_at, revoked_at, revoked_reason from public.user_sessions where id = $1',
    [sessionId],
  );
  if (!found) throw new Error(`No session ${sessionId}`);
  return found;
}

describe('start_session and session_profile', () => {
  it('start a session for an active user, audited, and give its profile back on each request', async () => {
    const user = await createUser('moderator');
    const session = await startSession(user.id);
    expect(await sessionProfile(session)).toMatchObject({ id: user.id, role: 'moderator', active: true });
    expect(await auditOf(session)).toMatchObject([{ op: 'INSERT', table_name: 'user_sessions', action: 'session.started', record: { profile_id: user.id } }]);
  });

  it('refuse to start a session for a deactivated user, and write nothing', async () => {
    const user = await createUser('moderator', { active: false });
    const { error } = await serviceClient().rpc('start_session', { profile_id: user.id });
    expect(error?.hint).toBe('sessions.no_active_user');
    expect(await sql('select id from public.user_sessions where profile_id = $1', [user.id])).toEqual([]);
  });

  it('refuse a session id that was never started', async () => {
    expect(await sessionProfile('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('end the session 12 hours after sign-in, however busy the user', async () => {
    const user = await createUser('department');
    const session = await startSession(user.id);
    await age(session, { created: '11 hours 59 minutes' });
    expect(await sessionProfile(session)).toMatchObject({ id: user.id });
    await age(session, { created: '12 hours 1 second', lastSeen: '0 seconds' });
    expect(await sessionProfile(session)).toBeNull();
  });

  it('end the session after 30 minutes without a request, and keep it while requests come', async () => {
    const user = await createUser('department');
    const session = await startSession(user.id);
    await age(session, { lastSeen: '29 minutes' });
    expect(await sessionProfile(session)).toMatchObject({ id: user.id });
    // That request was seen: the idle clock starts again.
    expect(Date.now() - (await row(session)).last_seen_at.getTime()).toBeLessThan(60_000);
    await age(session, { lastSeen: '30 minutes 1 second' });
    expect(await sessionProfile(session)).toBeNull();
  });

  it('write last_seen_at at most once a minute, and leave those touches out of the audit log', async () => {
    const user = await createUser('department');
    const session = await startSession(user.id);
    await age(session, { lastSeen: '30 seconds' });
    const halfAMinuteAgo = (await row(session)).last_seen_at;
    await sessionProfile(session);
    expect((await row(session)).last_seen_at).toEqual(halfAMinuteAgo);
    await age(session, { lastSeen: '2 minutes' });
    await sessionProfile(session);
    expect(Date.now() - (await row(session)).last_seen_at.getTime()).toBeLessThan(60_000);
    // Only the sign-in is audited: neither the touch nor the moves of last_seen_at made here by hand.
    expect((await auditOf(session)).map((change) => `${change.op} ${change.action}`)).toEqual(['INSERT session.started']);
  });

  it('refuse the session of a user deactivated by other means than set_user_active', async () => {
    const user = await createUser('moderator');
    const session = await startSession(user.id);
    await sql('update public.profiles set active = false where id = $1', [user.id]);
    expect(await sessionProfile(session)).toBeNull();
  });
});

describe('end_session', () => {
  it('revokes the session for good, audited, and a second sign-out changes nothing', async () => {
    const user = await createUser('coordinator');
    const session = await startSession(user.id);
    const other = await startSession(user.id);
    expect((await serviceClient().rpc('end_session', { session_id: session })).error).toBeNull();
    expect(await sessionProfile(session)).toBeNull();
    expect(await row(session)).toMatchObject({ revoked_reason: 'signed_out' });
    const revokedAt = (await row(session)).revoked_at;
    expect((await serviceClient().rpc('end_session', { session_id: session })).error).toBeNull();
    expect((await row(session)).revoked_at).toEqual(revokedAt);
    expect((await auditOf(session)).map((change) => `${change.op} ${change.action}`)).toEqual(['INSERT session.started', 'UPDATE session.ended']);
    // The user's session in another browser stays.
    expect(await sessionProfile(other)).toMatchObject({ id: user.id });
  });
});

describe('set_user_active', () => {
  it('revokes every session of the deactivated user, and only theirs; reactivation revives none', async () => {
    const coordinator = await createUser('coordinator');
    const user = await createUser('department');
    const bystander = await createUser('department');
    const sessions = [await startSession(user.id), await startSession(user.id)];
    const kept = await startSession(bystander.id);
    const client = await clientAs(coordinator);
    expect((await client.rpc('set_user_active', { user_id: user.id, active: false })).error).toBeNull();
    for (const session of sessions) {
      expect(await row(session)).toMatchObject({ revoked_reason: 'deactivated' });
      expect((await auditOf(session)).at(-1)).toMatchObject({ op: 'UPDATE', action: 'user.deactivated', actor_id: coordinator.id });
    }
    expect((await client.rpc('set_user_active', { user_id: user.id, active: true })).error).toBeNull();
    for (const session of sessions) expect(await sessionProfile(session)).toBeNull();
    expect(await sessionProfile(kept)).toMatchObject({ id: bystander.id });
  });
});

describe('user_sessions through the API', () => {
  it('a user reads their own sessions, nobody else\'s', async () => {
    const user = await createUser('department');
    const other = await createUser('coordinator');
    const own = await startSession(user.id);
    await startSession(other.id);
    const { data, error } = await (await clientAs(user)).from('user_sessions').select('id, profile_id');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: own, profile_id: user.id }]);
    expect((await anonClient().from('user_sessions').select('id')).error?.code).toBe('42501');
  });

  it('nobody revives, moves or deletes a session, their own or another\'s, nor makes one', async () => {
    const user = await createUser('coordinator');
    const other = await createUser('department');
    const own = await startSession(user.id);
    const theirs = await startSession(other.id);
    for (const session of [own, theirs]) {
      await sql("update public.user_sessions set revoked_at = now() - interval '1 minute', revoked_reason = 'signed_out', last_seen_at = now() - interval '1 hour' where id = $1", [session]);
    }
    const before = await sql('select * from public.user_sessions where id = any($1) order by id', [[own, theirs]]);
    const client = await clientAs(user);
    for (const session of [own, theirs]) {
      expect((await client.from('user_sessions').update({ revoked_at: null, revoked_reason: null, last_seen_at: new Date().toISOString() }).eq('id', session)).error?.code).toBe('42501');
      expect((await client.from('user_sessions').delete().eq('id', session)).error?.code).toBe('42501');
      expect((await client.rpc('session_profile', { session_id: session })).error?.code).toBe('42501');
      expect((await anonClient().rpc('session_profile', { session_id: session })).error?.code).toBe('42501');
    }
    expect((await client.from('user_sessions').insert({ profile_id: user.id })).error?.code).toBe('42501');
    expect((await client.rpc('start_session', { profile_id: user.id })).error?.code).toBe('42501');
    expect((await client.rpc('end_session', { session_id: theirs })).error?.code).toBe('42501');
    expect(await sql('select * from public.user_sessions where id = any($1) order by id', [[own, theirs]])).toEqual(before);
    expect(await sql('select id from public.user_sessions where profile_id = $1', [user.id])).toHaveLength(1);
  });
});
