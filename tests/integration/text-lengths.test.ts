import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { assumptionEditSchema, assumptionSchema } from '@/lib/schemas/assumptions';
import { coordinationMeetingSchema } from '@/lib/schemas/coordination';
import { correctionSchema, decisionSchema } from '@/lib/schemas/decisions';
import { minutesSchema, reviewMinutesSchema } from '@/lib/schemas/minutes';
import { opinionSchema } from '@/lib/schemas/opinions';
import { followUpSchema, followUpUpdateSchema, outcomeSchema } from '@/lib/schemas/outcomes';
import {
  cancelMeetingSchema,
  importScheduleSchema,
  meetingSchema,
  meetingUpdateSchema,
  restoreMeetingSchema,
  roomSchema,
  teamRenameSchema,
  teamSchema,
  venueSchema,
  venueUpdateSchema,
} from '@/lib/schemas/planning';
import { programmeSchema, programmeUpdateSchema, roundSchema, roundUpdateSchema } from '@/lib/schemas/programmes';
import { meetingSignupSchema } from '@/lib/schemas/signups';
import { minutesWaiverSchema } from '@/lib/schemas/summary';
import { correctSummarySchema, publishSummarySchema } from '@/lib/schemas/summary-publish';
import { inviteUserSchema } from '@/lib/schemas/users';
import { sql } from './helpers';

/**
 * Text columns that need no bound of their own, and why: none of them holds what a person typed
 * into it. Anything else of the public schema that holds text (text, varchar, text[], json) must
 * have a check on its length.
 */
const NOT_TYPED: Record<string, string> = {
  'email_outbox.template': "the name of one of the app's e-mail templates",
  'email_outbox.payload': 'built by the database functions that queue an e-mail, from bounded columns',
  'email_outbox.last_error': "the mail provider's answer, written by the dispatcher (service role)",
  'email_outbox.provider_message_id': "the mail provider's id of a sent e-mail",
  'meeting_signups.token_hash': 'a hash the server computes from the link token',
  'minutes_revisions.return_history': 'appended by review_minutes only, from the bounded review_comment',
  'schedule_versions.meetings': 'the snapshot issue_schedule_version takes of the bounded meetings',
  'summary_versions.content': 'the document publish_summary stores, built from the bounded draft and data',
  'user_sessions.revoked_reason': "one of two words the session functions write ('signed_out', 'deactivated')",
};

/** A text of `length` characters that a form's field would take if it were not too long. */
const letters = (length: number) => 'x'.repeat(length);
const address = (length: number) => `${'a'.repeat(length - '@example.com'.length)}@example.com`;

type Probe = [schema: z.ZodType, field: string, value?: (length: number) => unknown];

/**
 * Each bounded column and the form fields that write it. The bound in the database must be the
 * fields' own: one character more is refused by the form, so no text the form takes is refused by
 * the database, and nothing the database takes was missed by the form.
 */
const FORMS: Record<string, Probe[]> = {
  'assumption_revisions.title': [[assumptionSchema, 'title'], [assumptionEditSchema, 'title']],
  'assumption_revisions.body': [[assumptionSchema, 'body'], [assumptionEditSchema, 'body']],
  'coordination_decisions.body': [[coordinationMeetingSchema, 'decisions']],
  'coordination_meetings.title': [[coordinationMeetingSchema, 'title']],
  'coordination_meetings.participants': [[coordinationMeetingSchema, 'participants']],
  'coordination_meetings.purpose': [[coordinationMeetingSchema, 'purpose']],
  'follow_ups.organisation': [[followUpSchema, 'organisation']],
  'follow_ups.subject': [[followUpSchema, 'subject']],
  'follow_ups.note': [[followUpUpdateSchema, 'note']],
  'meeting_outcomes.note': [[outcomeSchema, 'note']],
  'meeting_outcomes.organisations': [[outcomeSchema, 'organisations']],
  'meeting_signups.organisation': [[meetingSignupSchema, 'organisation']],
  'meeting_signups.person_name': [[meetingSignupSchema, 'personName']],
  'meeting_signups.email': [[meetingSignupSchema, 'email', address]],
  'meeting_signups.accessibility_needs': [[meetingSignupSchema, 'accessibilityNeeds']],
  'meetings.scope': [[meetingSchema, 'scope'], [meetingUpdateSchema, 'scope']],
  'meetings.change_reason': [
    [meetingSchema, 'changeReason'],
    [meetingUpdateSchema, 'changeReason'],
    [cancelMeetingSchema, 'reason'],
    [restoreMeetingSchema, 'changeReason'],
    [importScheduleSchema, 'changeReason'],
  ],
  'minutes_revisions.attendance': [[minutesSchema, 'attendance']],
  'minutes_revisions.agenda': [[minutesSchema, 'agenda']],
  'minutes_revisions.positions': [[minutesSchema, 'positions']],
  'minutes_revisions.decisions': [[minutesSchema, 'decisions']],
  'minutes_revisions.follow_ups': [[minutesSchema, 'followUps']],
  'minutes_revisions.review_comment': [[reviewMinutesSchema, 'comment']],
  'minutes_waivers.reason': [[minutesWaiverSchema, 'reason']],
  'opinion_decisions.justification': [[decisionSchema, 'justification'], [correctionSchema, 'justification']],
  'opinions.justification': [[opinionSchema, 'justification']],
  'opinions.proposed_wording': [[opinionSchema, 'proposedWording']],
  'profiles.email': [[inviteUserSchema, 'email', address]],
  'profiles.full_name': [[inviteUserSchema, 'fullName']],
  'programmes.title': [[programmeSchema, 'title'], [programmeUpdateSchema, 'title']],
  'rounds.title': [[roundSchema, 'title'], [roundUpdateSchema, 'title']],
  'sector_teams.name': [[teamSchema, 'name'], [teamRenameSchema, 'name']],
  'summary_versions.change_note': [[publishSummarySchema, 'changeNote'], [correctSummarySchema, 'changeNote']],
  'venue_rooms.name': [[roomSchema, 'name'], [venueSchema, 'rooms']],
  'venues.name': [[venueSchema, 'name'], [venueUpdateSchema, 'name']],
  'venues.address': [[venueSchema, 'address'], [venueUpdateSchema, 'address']],
};

/** Bounded columns that no form writes, and where their text comes from. */
const NO_FORM: Record<string, string> = {
  'departments.name': 'the city\'s departments, loaded with the data (supabase/seed.sql)',
  'departments.short_name': 'the city\'s departments, loaded with the data (supabase/seed.sql)',
  'email_outbox.to_address': 'a profile\'s or a sign-up\'s address',
  'minutes_revisions.reviewed_by_name': 'the reviewer\'s profile name',
  'summary_versions.published_by_name': 'the publisher\'s profile name',
  'summary_drafts.edits': 'the sections the summary editor saves, each bounded by its form, all of them together by the database',
};

interface TextColumn {
  column: string;
  name: string;
  type: string;
  checks: string[];
}

/** Every column of the public schema's tables that holds text, with the checks that name it. */
const textColumns = () =>
  sql<TextColumn>(
    `select c.relname || '.' || a.attname as column, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
            coalesce((select array_agg(pg_get_constraintdef(k.oid)) from pg_constraint k
                       where k.conrelid = c.oid and k.contype = 'c' and a.attnum = any(k.conkey)), '{}') as checks
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
       join pg_type t on t.oid = coalesce(nullif((select typbasetype from pg_type d where d.oid = a.atttypid), 0), a.atttypid)
      where n.nspname = 'public' and c.relkind in ('r', 'p')
        and (t.typcategory = 'S' or t.typname in ('json', 'jsonb')
             or (t.typcategory = 'A' and (select e.typcategory from pg_type e where e.oid = t.typelem) = 'S'))
      order by 1`,
  );

/**
 * The longest text a column's checks let in: `length(col) <= n`, `length(btrim(col)) <= n`,
 * `octet_length((col)::text) <= n`, each element of an array (`app.texts_within(col, n)`), or a
 * `varchar(n)`; null when nothing bounds it.
 */
function lengthBound({ name, type, checks }: Pick<TextColumn, 'name' | 'type' | 'checks'>): number | null {
  const declared = /^character varying\((\d+)\)$/.exec(type);
  const bounds = declared ? [Number(declared[1])] : [];
  for (const check of checks) {
    const plain = check.replace(/::[\w ]+/g, '').replace(/[()]/g, ' ');
    const patterns = [new RegExp(`\\b(?:octet_)?length\\s+(?:btrim\\s+)?${name}\\s*<=\\s*(\\d+)`, 'g'), new RegExp(`\\bapp\\.texts_within\\s+${name}\\s*,\\s*(\\d+)`, 'g')];
    for (const pattern of patterns) for (const match of plain.matchAll(pattern)) bounds.push(Number(match[1]));
  }
  return bounds.length > 0 ? Math.min(...bounds) : null;
}

/** Whether the form's field takes text of `length` characters (other fields' problems aside). */
function takes([schema, field, value = letters]: Probe, length: number): boolean {
  const result = schema.safeParse({ [field]: value(length) });
  return result.success || !result.error.issues.some((issue) => issue.path[0] === field);
}

describe('lengths bounded in the database', () => {
  it('reads the bounds as PostgreSQL writes its checks', () => {
    expect(lengthBound({ name: 'note', type: 'text', checks: ['CHECK ((length(note) <= 2000))'] })).toBe(2000);
    expect(lengthBound({ name: 'title', type: 'text', checks: ['CHECK (((length(btrim(title)) >= 1) AND (length(btrim(title)) <= 300)))'] })).toBe(300);
    expect(lengthBound({ name: 'edits', type: 'jsonb', checks: ["CHECK (((jsonb_typeof(edits) = 'object'::text) AND (octet_length((edits)::text) <= 500000)))"] })).toBe(500000);
    expect(lengthBound({ name: 'organisations', type: 'text[]', checks: ['CHECK ((cardinality(organisations) <= 300))'] })).toBeNull();
    expect(lengthBound({ name: 'organisations', type: 'text[]', checks: ['CHECK (app.texts_within(organisations, 300))'] })).toBe(300);
    expect(lengthBound({ name: 'code', type: 'character varying(12)', checks: [] })).toBe(12);
    expect(lengthBound({ name: 'note', type: 'text', checks: ['CHECK ((length(btrim(note)) > 0))', 'CHECK ((length(other_note) <= 10))'] })).toBeNull();
  });

  it('bounds each text of an array, an empty array included', async () => {
    const [row] = await sql<Record<string, boolean>>(
      `select app.texts_within(array['Fundacja', repeat('x', 300)], 300) as within, app.texts_within(array['Fundacja', repeat('x', 301)], 300) as over,
              app.texts_within('{}', 300) as empty`,
    );
    expect(row).toEqual({ within: true, over: false, empty: true });
  });

  it('every text column of the public schema has a check on its length, or is listed with the reason it holds no typed text', async () => {
    const columns = await textColumns();
    expect(columns.length).toBeGreaterThanOrEqual(50);
    const unbounded = columns.filter((column) => lengthBound(column) === null).map((column) => column.column);
    expect(unbounded.filter((column) => !(column in NOT_TYPED))).toEqual([]);
    // The list stays true: nothing in it is gone or has been bounded since.
    expect(Object.keys(NOT_TYPED).sort()).toEqual(unbounded.sort());
  });

  it('each bound is the one of the form that writes the column, or the column has no form', async () => {
    const bounded = (await textColumns()).filter((column) => lengthBound(column) !== null);
    expect(bounded.map((column) => column.column).filter((column) => !(column in FORMS) && !(column in NO_FORM))).toEqual([]);
    expect([...Object.keys(FORMS), ...Object.keys(NO_FORM)].filter((column) => !bounded.some((row) => row.column === column))).toEqual([]);

    const mismatches = bounded.flatMap((column) => {
      const bound = lengthBound(column)!;
      return (FORMS[column.column] ?? [])
        .filter((probe) => !takes(probe, bound) || takes(probe, bound + 1))
        .map(([, field]) => `${column.column} (${bound}) ≠ ${field}`);
    });
    expect(mismatches).toEqual([]);
  });
});
