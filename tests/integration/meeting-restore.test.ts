import { describe, expect, it } from 'vitest';
import { clientAs, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

/** A round with a team, a venue and one cancelled meeting; issued once if asked. */
async function world(options: { issued?: boolean } = {}) {
  const service = serviceClient();
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, status: options.issued ? 'consultation' : 'planning' });
  const { data: teams } = await service.from('sector_teams').insert([{ programme_id: programme.id, name: 'Zespół ds. kultury' }, { programme_id: programme.id, name: 'Zespół ds. sportu' }]).select('id').order('name');
  const [culture, sport] = teams as { id: string }[];
  const { data: venue } = await service.from('venues').insert({ name: `Sala ${round.id.slice(0, 8)}` }).select('id').single();
  const slot = { round_id: round.id, venue_id: venue!.id, starts_at: '2011-10-24T12:00:00Z', ends_at: '2011-10-24T14:00:00Z' };
  const { data: meeting } = await service.from('meetings').insert({ ...slot, team_id: culture!.id, cancelled: true }).select('id').single();
  if (options.issued) await sql("insert into public.schedule_versions (round_id, number, as_of, meetings) values ($1, 1, '2011-10-01', '[]')", [round.id]);
  return { round, slot, sport: sport!, meetingId: meeting!.id as string };
}

const stateOf = async (id: string) => (await sql<{ cancelled: boolean; change_reason: string | null }>('select cancelled, change_reason from public.meetings where id = $1', [id]))[0];

describe('restoring a cancelled meeting', () => {
  it('a coordinator restores it before any version is issued, without a reason', async () => {
    const w = await world();
    const coordinator = await clientAs(await createUser('coordinator'));
    const { error } = await coordinator.from('meetings').update({ cancelled: false, change_reason: null }).eq('id', w.meetingId);
    expect(error).toBeNull();
    expect(await stateOf(w.meetingId)).toEqual({ cancelled: false, change_reason: null });
  });

  it('once a version is issued, the reason is required', async () => {
    const w = await world({ issued: true });
    const coordinator = await clientAs(await createUser('coordinator'));
    const refused = await coordinator.from('meetings').update({ cancelled: false, change_reason: null }).eq('id', w.meetingId);
    expect(refused.error?.hint).toBe('schedule.change_reason_required');
    expect((await stateOf(w.meetingId))?.cancelled).toBe(true);
    const { error } = await coordinator.from('meetings').update({ cancelled: false, change_reason: 'Moderator jednak dostępny' }).eq('id', w.meetingId);
    expect(error).toBeNull();
    expect(await stateOf(w.meetingId)).toEqual({ cancelled: false, change_reason: 'Moderator jednak dostępny' });
  });

  it('is refused while another meeting has taken its place meanwhile', async () => {
    const w = await world();
    await serviceClient().from('meetings').insert({ ...w.slot, team_id: w.sport.id }).throwOnError();
    const coordinator = await clientAs(await createUser('coordinator'));
    const { error } = await coordinator.from('meetings').update({ cancelled: false }).eq('id', w.meetingId);
    expect(error?.message).toContain('meetings_room_free');
    expect((await stateOf(w.meetingId))?.cancelled).toBe(true);
  });

  it.each(['moderator', 'department'] as const)('a %s restores nothing', async (role) => {
    const w = await world();
    await (await clientAs(await createUser(role))).from('meetings').update({ cancelled: false }).eq('id', w.meetingId);
    expect((await stateOf(w.meetingId))?.cancelled).toBe(true);
  });
});
