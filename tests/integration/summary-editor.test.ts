import { describe, expect, it } from 'vitest';
import { DataError } from '@/lib/db/errors';
import { getRound } from '@/lib/db/rounds';
import { composeSummary, listApprovedMinutes, saveSectionEdit, waiveMinutes } from '@/lib/db/summary';
import { proseToText } from '@/lib/summary/edits';
import { summaryReadiness } from '@/lib/summary/readiness';
import { clientAs, createRound, createUser, sql } from './helpers';

/** A round in consultation with one past meeting, held (its minutes not approved), and one whose outcome nobody has recorded. */
async function roundWithMeetings() {
  const round = await createRound({ status: 'consultation' });
  const [team] = await sql<{ id: string }>("insert into public.sector_teams (programme_id, name) values ($1, 'Zespół ds. sportu') returning id", [round.programme_id]);
  const [venue] = await sql<{ id: string }>("insert into public.venues (name, address) values ('MOWIS ' || gen_random_uuid(), '') returning id");
  const [held, pending] = (
    await sql<{ id: string }>(
      `insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at)
       values ($1, $2, $3, date_trunc('day', now()) - interval '9 days' + interval '10 hours', date_trunc('day', now()) - interval '9 days' + interval '10 hours' + interval '2 hours'),
              ($1, $2, $3, date_trunc('day', now()) - interval '4 days' + interval '10 hours', date_trunc('day', now()) - interval '4 days' + interval '10 hours' + interval '2 hours') returning id`,
      [round.id, team!.id, venue!.id],
    )
  ).map((row) => row.id) as [string, string];
  await sql(
    `insert into public.meeting_outcomes (meeting_id, round_id, team_id, held, organisations, organisation_count, not_held_reason, note)
     values ($1, $2, $3, true, '{}', 4, null, '')`,
    [held, round.id, team!.id],
  );
  const coordinator = await createUser('coordinator');
  const client = await clientAs(coordinator);
  return { client, round: (await getRound(client, round.id))!, team: team!.id, held, pending };
}

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof DataError ? error.hint : error));

describe('the summary draft\'s section edits', () => {
  it('stores the text with the fingerprint of the generated section, refuses a save based on an older version, and restores', async () => {
    const { client, round } = await roundWithMeetings();
    expect(await saveSectionEdit(client, round, { expectedVersion: 0, section: 'introduction', text: 'Nowe wprowadzenie.' })).toBe(1);
    expect(await saveSectionEdit(client, round, { expectedVersion: 1, section: 'next_step', text: 'Podsumowanie w ostatnim tygodniu listopada.' })).toBe(2);

    let summary = await composeSummary(client, round);
    expect(summary.draft.version).toBe(2);
    expect(summary.stale).toEqual([]);
    expect(summary.document.sections.find((section) => section.id === 'introduction')!.prose).toEqual([{ kind: 'paragraph', text: 'Nowe wprowadzenie.' }]);
    expect(summary.document.sections.find((section) => section.id === 'next_step')!.prose).toEqual([{ kind: 'paragraph', text: 'Podsumowanie w ostatnim tygodniu listopada.' }]);

    // Someone else's page, still at version 1: refused, nothing written.
    expect(await refusal(saveSectionEdit(client, round, { expectedVersion: 1, section: 'introduction', text: 'Cudzy tekst.' }))).toBe('summary.conflict');
    expect((await composeSummary(client, round)).draft.edits.introduction?.text).toBe('Nowe wprowadzenie.');

    // Back to the generated text: the edit goes, the other section's stays.
    expect(await saveSectionEdit(client, round, { expectedVersion: 2, section: 'introduction', text: null })).toBe(3);
    summary = await composeSummary(client, round);
    expect(Object.keys(summary.draft.edits)).toEqual(['next_step']);
    expect(summary.document.sections[0]).toEqual(summary.generated.sections[0]);

    // A text equal to the generated one is no edit.
    await saveSectionEdit(client, round, { expectedVersion: 3, section: 'outcomes', text: proseToText(summary.generated.sections.find((section) => section.id === 'outcomes')!.prose) });
    expect(Object.keys((await composeSummary(client, round)).draft.edits)).toEqual(['next_step']);
  });

  it('flags an edited section whose data changed since, until the edit is saved again on the new data', async () => {
    const { client, round, team, pending } = await roundWithMeetings();
    await saveSectionEdit(client, round, { expectedVersion: 0, section: 'outcomes', text: 'Spotkanie się odbyło.' });
    expect((await composeSummary(client, round)).stale).toEqual([]);

    await sql(
      `insert into public.meeting_outcomes (meeting_id, round_id, team_id, held, organisations, organisation_count, not_held_reason, note)
       values ($1, $2, $3, false, '{}', null, 'no_quorum', '')`,
      [pending, round.id, team],
    );
    const changed = await composeSummary(client, round);
    expect(changed.stale).toEqual(['outcomes']);
    expect(changed.document.sections.find((section) => section.id === 'outcomes')!.prose).toEqual([{ kind: 'paragraph', text: 'Spotkanie się odbyło.' }]);

    await saveSectionEdit(client, round, { expectedVersion: changed.draft.version, section: 'outcomes', text: 'Spotkanie się odbyło.' });
    expect((await composeSummary(client, round)).stale).toEqual([]);
  });

  it('is the coordinator\'s only', async () => {
    const { round, held } = await roundWithMeetings();
    for (const role of ['department', 'moderator'] as const) {
      const other = await clientAs(await createUser(role));
      expect((await other.rpc('save_summary_draft', { round_id: round.id, expected_version: 0, edits: {} })).error?.hint).toBe('summary.forbidden');
      expect((await other.rpc('waive_minutes', { meeting_id: held, reason: 'Bez protokołu.' })).error?.hint).toBe('summary.forbidden');
    }
    expect(await sql('select 1 from public.summary_drafts where round_id = $1', [round.id])).toEqual([]);
    expect(await sql('select 1 from public.minutes_waivers where meeting_id = $1', [held])).toEqual([]);
  });
});

describe('minutes waivers and the readiness list', () => {
  it('lists what publishing would refuse, records a waiver with its reason and withdraws it', async () => {
    const { client, round, held, pending } = await roundWithMeetings();
    const readiness = async () => summaryReadiness((await composeSummary(client, round)).data.meetings, await listApprovedMinutes(client, round.id));

    let now = await readiness();
    expect(now.withoutOutcome.map((meeting) => meeting.id)).toEqual([pending]);
    expect(now.withoutMinutes.map((meeting) => meeting.id)).toEqual([held]);
    expect(now.waived).toEqual([]);

    await waiveMinutes(client, held, '  Moderator zrezygnował.  ');
    now = await readiness();
    expect(now.withoutMinutes).toEqual([]);
    expect(now.waived.map((meeting) => [meeting.id, meeting.minutesWaiver])).toEqual([[held, 'Moderator zrezygnował.']]);

    await waiveMinutes(client, held, '');
    now = await readiness();
    expect(now.waived).toEqual([]);
    expect(now.withoutMinutes.map((meeting) => meeting.id)).toEqual([held]);
  });

  it('waives only a held meeting\'s minutes', async () => {
    const { client, pending } = await roundWithMeetings();
    expect(await refusal(waiveMinutes(client, pending, 'Bez powodu.'))).toBe('summary.waiver_not_held');
  });

  it('counts approved minutes as in order', async () => {
    const { client, round, team, held } = await roundWithMeetings();
    await sql(
      `insert into public.minutes_revisions (meeting_id, round_id, team_id, revision, state, decisions, reviewed_at, reviewed_by_name)
       values ($1, $2, $3, 1, 'approved', 'Ustalono.', now(), 'Moderator')`,
      [held, round.id, team],
    );
    expect([...(await listApprovedMinutes(client, round.id))]).toEqual([held]);
  });
});
