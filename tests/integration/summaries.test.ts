import { describe, expect, it } from 'vitest';
import { anonClient, auditOf, clientAs, createDepartment, createProgramme, createRound, createUser, serviceClient, sql } from './helpers';

const PDF = Buffer.from('%PDF-1.7\n%test\n').toString('base64');
const CONTENT = { title: 'Podsumowanie', subtitle: 'Program', sections: [] };

/**
 * A public round in consultation with two meetings that have begun: one held (with or without
 * approved minutes), one not held; a department taking part with one member of staff, the team's
 * moderator, and a confirmed sign-up.
 */
async function world(options: { approvedMinutes?: boolean; outcomes?: boolean } = {}) {
  const programme = await createProgramme();
  const round = await createRound({ programmeId: programme.id, status: 'consultation', isPublic: true });
  const department = await createDepartment();
  const staff = await createUser('department', { departmentId: department.id });
  const moderator = await createUser('moderator');
  const [team] = await sql<{ id: string }>("insert into public.sector_teams (programme_id, name) values ($1, 'Zespół ds. kultury') returning id", [programme.id]);
  await sql('insert into public.team_moderators (team_id, profile_id, starts_on) values ($1, $2, current_date - 30)', [team!.id, moderator.id]);
  await sql('insert into public.round_departments (round_id, department_id) values ($1, $2)', [round.id, department.id]);
  const [venue] = await sql<{ id: string }>("insert into public.venues (name, address) values ('Sala ' || gen_random_uuid(), '') returning id");
  const meetings = await sql<{ id: string }>(
    `insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at)
     values ($1, $2, $3, date_trunc('day', now()) - interval '10 days' + interval '10 hours', date_trunc('day', now()) - interval '10 days' + interval '10 hours' + interval '2 hours'),
            ($1, $2, $3, date_trunc('day', now()) - interval '5 days' + interval '10 hours', date_trunc('day', now()) - interval '5 days' + interval '10 hours' + interval '2 hours') returning id`,
    [round.id, team!.id, venue!.id],
  );
  const [held, notHeld] = meetings.map((row) => row.id) as [string, string];
  if (options.outcomes ?? true) {
    await sql(
      `insert into public.meeting_outcomes (meeting_id, round_id, team_id, held, organisations, organisation_count, not_held_reason, note)
       values ($1, $3, $4, true, '{}', 3, null, ''), ($2, $3, $4, false, '{}', null, 'no_quorum', '')`,
      [held, notHeld, round.id, team!.id],
    );
  }
  if (options.approvedMinutes) {
    await sql(
      `insert into public.minutes_revisions (meeting_id, round_id, team_id, revision, state, decisions, reviewed_at, reviewed_by_name)
       values ($1, $2, $3, 1, 'approved', 'Ustalono.', now(), 'Moderator')`,
      [held, round.id, team!.id],
    );
  }
  await sql(
    `insert into public.meeting_signups (meeting_id, organisation, person_name, email, token_hash, token_expires_at, confirmed_at)
     values ($1, 'Fundacja', 'Anna Nowak', 'anna-' || gen_random_uuid() || '@ngo.test', md5(random()::text), now(), now())`,
    [held],
  );
  const coordinator = await createUser('coordinator');
  return { round, held, notHeld, staff, moderator, coordinator, client: await clientAs(coordinator) };
}

const publish = (client: Awaited<ReturnType<typeof clientAs>>, roundId: string, changes: Partial<{ expected_draft_version: number; change_note: string }> = {}) =>
  client.rpc('publish_summary', { round_id: roundId, expected_draft_version: 0, content: CONTENT, pdf: PDF, change_note: '', ...changes }).single<{ id: string; number: number }>();

describe('publishing the round summary', () => {
  it('refuses while a meeting has no outcome, or a held meeting has neither approved minutes nor a waiver', async () => {
    const withoutOutcomes = await world({ outcomes: false });
    expect((await publish(withoutOutcomes.client, withoutOutcomes.round.id)).error).toMatchObject({ hint: 'summary.outcomes_missing', message: '2 meetings have no outcome' });

    const withoutMinutes = await world();
    expect((await publish(withoutMinutes.client, withoutMinutes.round.id)).error).toMatchObject({ hint: 'summary.minutes_missing' });
    expect(await sql('select count(*)::int as count from public.summary_versions where round_id = $1', [withoutMinutes.round.id])).toEqual([{ count: 0 }]);

    expect((await withoutMinutes.client.rpc('waive_minutes', { meeting_id: withoutMinutes.notHeld, reason: 'Nie było spotkania' })).error).toMatchObject({ hint: 'summary.waiver_not_held' });
    expect((await withoutMinutes.client.rpc('waive_minutes', { meeting_id: withoutMinutes.held, reason: 'Protokolant zachorował' })).error).toBeNull();
    expect((await publish(withoutMinutes.client, withoutMinutes.round.id)).error).toBeNull();
  });

  it('freezes the text and the PDF as version 1, publishes the round, audits, and e-mails the departments, moderators and participants', async () => {
    const { round, client, staff, moderator } = await world({ approvedMinutes: true });
    const { data: version, error } = await publish(client, round.id);
    expect(error).toBeNull();
    expect(version).toMatchObject({ number: 1 });
    const [stored] = await sql<{ pdf: Buffer; status: string; published_at: Date | null }>(
      'select v.pdf, r.status, r.published_at from public.summary_versions v join public.rounds r on r.id = v.round_id where v.id = $1',
      [version!.id],
    );
    expect(stored!.pdf.toString()).toBe('%PDF-1.7\n%test\n');
    expect(stored).toMatchObject({ status: 'published', published_at: expect.any(Date) });
    expect((await auditOf(version!.id)).map((row) => row.action)).toEqual(['summary.published']);
    const mail = await sql<{ to_address: string }>(
      "select to_address from public.email_outbox where template = 'summary-published' and payload ->> 'roundId' = $1 order by 1",
      [round.id],
    );
    const addresses = await sql<{ email: string }>('select email from public.profiles where id = any($1) order by 1', [[staff.id, moderator.id]]);
    expect(mail.map((row) => row.to_address)).toEqual(expect.arrayContaining(addresses.map((row) => row.email)));
    expect(addresses).toHaveLength(2);
    expect(mail.some((row) => row.to_address.startsWith('anna-'))).toBe(true);
  });

  it('publishes corrections as new versions that say what changed; earlier versions stay readable, to the public too', async () => {
    const { round, client } = await world({ approvedMinutes: true });
    await publish(client, round.id);
    expect((await publish(client, round.id)).error).toMatchObject({ hint: 'summary.change_note_required' });
    expect((await publish(client, round.id, { change_note: 'Poprawiono liczbę organizacji.' })).data).toMatchObject({ number: 2 });
    const { data } = await anonClient().from('summary_versions').select('number, change_note').eq('round_id', round.id).order('number');
    expect(data).toEqual([{ number: 1, change_note: '' }, { number: 2, change_note: 'Poprawiono liczbę organizacji.' }]);
  });

  it('refuses a draft that changed since the preview', async () => {
    const { round, client } = await world({ approvedMinutes: true });
    const saved = await client.rpc('save_summary_draft', { round_id: round.id, expected_version: 0, edits: { next_step: { text: 'Spotkanie w listopadzie.', basedOn: '' } } });
    expect(saved.error).toBeNull();
    expect((await client.rpc('save_summary_draft', { round_id: round.id, expected_version: 0, edits: {} })).error).toMatchObject({ code: 'PT409', hint: 'summary.conflict' });
    expect((await client.rpc('save_summary_draft', { round_id: round.id, expected_version: 1, edits: { appendix: { text: 'x' } } })).error).toMatchObject({ hint: 'summary.unknown_section' });
    expect((await publish(client, round.id)).error).toMatchObject({ code: 'PT409', hint: 'summary.conflict' });
    expect((await publish(client, round.id, { expected_draft_version: 1 })).error).toBeNull();
  });

  it('is refused to department staff, moderators and visitors; nothing published is altered by anyone, the service role included', async () => {
    const { round, client, staff, moderator } = await world({ approvedMinutes: true });
    const { data: version } = await publish(client, round.id);
    for (const user of [staff, moderator]) {
      const other = await clientAs(user);
      expect((await publish(other, round.id, { change_note: 'x' })).error).toMatchObject({ code: '42501', hint: 'summary.forbidden' });
      expect((await other.rpc('save_summary_draft', { round_id: round.id, expected_version: 0, edits: {} })).error).toMatchObject({ code: '42501' });
      expect((await other.rpc('waive_minutes', { meeting_id: round.id, reason: 'x' })).error).toMatchObject({ code: '42501' });
    }
    expect((await anonClient().rpc('publish_summary', { round_id: round.id, expected_draft_version: 0, content: CONTENT, pdf: PDF, change_note: 'x' })).error).toMatchObject({ code: '42501' });
    for (const writer of [client, serviceClient()]) {
      await writer.from('summary_versions').update({ change_note: 'Przerobione' }).eq('id', version!.id);
      await writer.from('summary_versions').delete().eq('id', version!.id);
    }
    await expect(sql('update public.summary_versions set change_note = $2 where id = $1', [version!.id, 'Przez właściciela'])).rejects.toThrow(/never changed/);
    await expect(sql('delete from public.summary_versions where id = $1', [version!.id])).rejects.toThrow(/never changed/);
    expect(await sql('select change_note from public.summary_versions where id = $1', [version!.id])).toEqual([{ change_note: '' }]);
  });

  it('shows the public the versions of public rounds only', async () => {
    const { round, client } = await world({ approvedMinutes: true });
    await publish(client, round.id);
    await sql('update public.rounds set is_public = false where id = $1', [round.id]);
    expect((await anonClient().from('summary_versions').select('id').eq('round_id', round.id)).data).toEqual([]);
  });
});

describe('a cancelled meeting', () => {
  it('is left out of the minutes check, as it is of the outcomes check and of the summary', async () => {
    const { round, held, client } = await world();
    expect((await publish(client, round.id)).error).toMatchObject({ hint: 'summary.minutes_missing' });
    await sql("update public.meetings set cancelled = true, change_reason = 'Odwołane' where id = $1", [held]);
    expect((await publish(client, round.id)).error).toBeNull();
  });
});

describe('what the publishing pages read', () => {
  it('counts the people publishing would e-mail (each once), for the coordinator only', async () => {
    const { round, client, staff, moderator } = await world({ approvedMinutes: true });
    // The department's member of staff, the team's moderator and the confirmed participant.
    expect((await client.rpc('summary_recipient_count', { round_id: round.id })).data).toBe(3);
    await publish(client, round.id);
    const queued = await sql<{ count: number }>("select count(*)::int as count from public.email_outbox where template = 'summary-published' and payload ->> 'roundId' = $1", [round.id]);
    expect(queued).toEqual([{ count: 3 }]);
    for (const user of [staff, moderator]) {
      expect((await (await clientAs(user)).rpc('summary_recipient_count', { round_id: round.id })).error).toMatchObject({ code: '42501', hint: 'summary.forbidden' });
    }
    expect((await anonClient().rpc('summary_recipient_count', { round_id: round.id })).error).toMatchObject({ code: '42501' });
  });

  it("gives each version's PDF size without sending the PDF", async () => {
    const { round, client } = await world({ approvedMinutes: true });
    await publish(client, round.id);
    const { data } = await anonClient().from('summary_versions').select('number, pdf_size').eq('round_id', round.id).single();
    expect(data).toEqual({ number: 1, pdf_size: Buffer.from(PDF, 'base64').length });
  });
});
