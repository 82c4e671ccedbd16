import { describe, expect, it } from 'vitest';
import { APP_ROLES } from '@/lib/auth/roles';
import { ROUND_STATUSES, ROUND_STATUS_TRANSITIONS, type RoundStatus } from '@/lib/workflow/round-status';
import { anonClient, auditOf, clientAs, createRound, createUser, sql } from './helpers';

/** The changes to the round after the fixture created it. */
const auditRows = async (roundId: string) => (await auditOf(roundId)).filter((row) => row.op !== 'INSERT');

describe('change_round_status', () => {
  it('moves a round along an allowed transition and writes the audit row with it', async () => {
    const coordinator = await createUser('coordinator');
    const round = await createRound();
    const { data, error } = await (await clientAs(coordinator)).rpc('change_round_status', {
      round_id: round.id,
      new_status: 'consultation',
      note: 'Harmonogram wydany',
    });
    expect(error).toBeNull();
    expect(data).toMatchObject({ id: round.id, status: 'consultation' });
    expect(await auditRows(round.id)).toMatchObject([
      {
        op: 'UPDATE',
        action: 'round.status_changed',
        actor_id: coordinator.id,
        actor_role: 'authenticated/coordinator',
        details: { note: 'Harmonogram wydany' },
        old_record: { status: 'planning' },
        record: { status: 'consultation' },
      },
    ]);
  });

  it.each<[RoundStatus, RoundStatus]>([
    ['planning', 'closed'],
    ['planning', 'summarising'],
    ['consultation', 'planning'],
    ['closed', 'consultation'],
    ['consultation', 'consultation'],
  ])('refuses %s → %s with a readable error and changes nothing', async (from, to) => {
    const coordinator = await createUser('coordinator');
    const round = await createRound({ status: from });
    const { data, error } = await (await clientAs(coordinator)).rpc('change_round_status', { round_id: round.id, new_status: to });
    expect(data).toBeNull();
    expect(error).toMatchObject({ message: `A round cannot move from ${from} to ${to}`, hint: 'round.status.illegal' });
    expect(await sql('select status from public.rounds where id = $1', [round.id])).toEqual([{ status: from }]);
    expect(await auditRows(round.id)).toEqual([]);
  });

  it('publishes a round only through its summary', async () => {
    const coordinator = await createUser('coordinator');
    const round = await createRound({ status: 'summarising' });
    const { error } = await (await clientAs(coordinator)).rpc('change_round_status', { round_id: round.id, new_status: 'published' });
    expect(error).toMatchObject({ hint: 'round.status.publish_summary' });
    expect(await sql('select status from public.rounds where id = $1', [round.id])).toEqual([{ status: 'summarising' }]);
  });

  it.each(['department', 'moderator'] as const)('refuses a %s user', async (role) => {
    const round = await createRound();
    const { error } = await (await clientAs(await createUser(role))).rpc('change_round_status', { round_id: round.id, new_status: 'consultation' });
    expect(error).toMatchObject({ code: '42501', hint: 'round.status.forbidden' });
    expect(await sql('select status from public.rounds where id = $1', [round.id])).toEqual([{ status: 'planning' }]);
  });

  it('refuses a deactivated coordinator', async () => {
    const round = await createRound();
    const client = await clientAs(await createUser('coordinator', { active: false }));
    const { error } = await client.rpc('change_round_status', { round_id: round.id, new_status: 'consultation' });
    expect(error?.hint).toBe('round.status.forbidden');
  });

  it('is not callable without logging in', async () => {
    const round = await createRound({ isPublic: true });
    const { error } = await anonClient().rpc('change_round_status', { round_id: round.id, new_status: 'consultation' });
    expect(error?.code).toBe('42501');
    expect(await sql('select status from public.rounds where id = $1', [round.id])).toEqual([{ status: 'planning' }]);
  });

  it('says when the round does not exist', async () => {
    const client = await clientAs(await createUser('coordinator'));
    const { error } = await client.rpc('change_round_status', { round_id: '00000000-0000-4000-8000-00000000dead', new_status: 'consultation' });
    expect(error?.hint).toBe('round.not_found');
  });
});

describe('the TypeScript mirror of the database', () => {
  it('allows exactly the transitions the database allows', async () => {
    const rows = await sql<{ from_status: RoundStatus; to_status: RoundStatus }>('select from_status, to_status from app.round_status_transitions');
    const key = ([from, to]: readonly [string, string]) => `${from}→${to}`;
    expect(rows.map((row) => key([row.from_status, row.to_status])).sort()).toEqual(ROUND_STATUS_TRANSITIONS.map(key).sort());
  });

  it.each([
    ['round_status', ROUND_STATUSES],
    ['app_role', APP_ROLES],
  ])('knows the values of the %s enum, in order', async (type, values) => {
    const rows = await sql<{ value: string }>(
      `select e.enumlabel as value from pg_enum e join pg_type t on t.oid = e.enumtypid where t.typname = $1 order by e.enumsortorder`,
      [type],
    );
    expect(rows.map((row) => row.value)).toEqual([...values]);
  });
});
