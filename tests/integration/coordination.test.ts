import { describe, expect, it } from 'vitest';
import { getCoordinationMeeting, listCoordinationMeetings, saveCoordinationMeeting } from '@/lib/db/coordination';
import { DataError } from '@/lib/db/errors';
import type { CoordinationMeetingInput } from '@/lib/schemas/coordination';
import { anonClient, auditOf, clientAs, createRound, createUser, sql } from './helpers';

const input = (roundId: string, changes: Partial<CoordinationMeetingInput> = {}): CoordinationMeetingInput => ({
  id: null,
  roundId,
  expectedVersion: 0,
  title: 'Spotkanie z moderatorami zespołów branżowych',
  heldOn: '2011-09-29',
  venueId: null,
  participants: 'moderatorzy zespołów branżowych',
  purpose: 'w związku ze zmianami w harmonogramie',
  decisions: 'Wydział będzie przyjmował opinie na bieżąco.\n\nZaplanowano II turę spotkań.',
  ...changes,
});

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof DataError ? { code: error.code, hint: error.hint } : error),
  );

describe('coordination meetings of a round', () => {
  it('are recorded by the coordinator with their decisions numbered in order, and audited', async () => {
    const round = await createRound();
    const coordinator = await clientAs(await createUser('coordinator'));
    const id = await saveCoordinationMeeting(coordinator, input(round.id, { decisions: 'Pierwsze.\n\n\n  Drugie,\nw dwóch wierszach.  \r\n\r\nTrzecie.' }));
    const meeting = await getCoordinationMeeting(coordinator, id);
    expect(meeting).toMatchObject({ held_on: '2011-09-29', version: 1 });
    expect(meeting!.decisions).toEqual([
      { position: 1, body: 'Pierwsze.' },
      { position: 2, body: 'Drugie,\nw dwóch wierszach.' },
      { position: 3, body: 'Trzecie.' },
    ]);
    expect((await auditOf(id)).map((row) => row.action)).toEqual(['coordination_meeting.created']);
  });

  it('are corrected against the version the form showed: the decisions are replaced, a stale save is refused', async () => {
    const round = await createRound();
    const coordinator = await clientAs(await createUser('coordinator'));
    const id = await saveCoordinationMeeting(coordinator, input(round.id));
    await saveCoordinationMeeting(coordinator, input(round.id, { id, expectedVersion: 1, decisions: 'Jedyne ustalenie.' }));
    expect(await refusal(saveCoordinationMeeting(coordinator, input(round.id, { id, expectedVersion: 1, decisions: 'Spóźnione.' })))).toEqual({
      code: 'PT409',
      hint: 'coordination.conflict',
    });
    const [meeting] = await listCoordinationMeetings(coordinator, round.id);
    expect(meeting).toMatchObject({ id, version: 2, decisions: [{ position: 1, body: 'Jedyne ustalenie.' }] });
  });

  it('are recorded by nobody but those who manage rounds, and read by the staff of the round only', async () => {
    const round = await createRound();
    const coordinator = await clientAs(await createUser('coordinator'));
    const id = await saveCoordinationMeeting(coordinator, input(round.id));
    for (const role of ['department', 'moderator'] as const) {
      const client = await clientAs(await createUser(role));
      expect(await refusal(saveCoordinationMeeting(client, input(round.id)))).toEqual({ code: '42501', hint: 'coordination.forbidden' });
      expect(await refusal(saveCoordinationMeeting(client, input(round.id, { id, expectedVersion: 1 })))).toEqual({ code: '42501', hint: 'coordination.forbidden' });
      // Not taking part in the round: nothing to read.
      expect(await listCoordinationMeetings(client, round.id)).toEqual([]);
    }
    const visitor = anonClient();
    const call = { meeting_id: null, round_id: round.id, expected_version: 0, title: 'x', held_on: '2011-09-29', venue_id: null, participants: '', purpose: '', decisions: [] };
    expect((await visitor.rpc('save_coordination_meeting', call)).error?.code).toBe('42501');
    expect((await visitor.from('coordination_meetings').select('id')).error?.code).toBe('42501');
    const writes = await coordinator.from('coordination_decisions').insert({ meeting_id: id, position: 9, body: 'Dopisane' });
    expect(writes.error?.code).toBe('42501');
    expect(await sql('select count(*)::int as count from public.coordination_decisions where meeting_id = $1', [id])).toEqual([{ count: 2 }]);
  });
});
