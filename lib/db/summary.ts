import type { SupabaseClient } from '@supabase/supabase-js';
import { buildSummary } from '@/lib/summary/build';
import { applyEdits, fingerprint, proseToText, type SummaryEdits } from '@/lib/summary/edits';
import { summaryTranslator } from '@/lib/summary/translator';
import type { SummaryData, SummaryMeeting, SummaryOutcome, SummarySectionId } from '@/lib/summary/types';
import { listCoordinationMeetings } from './coordination';
import { rowsOf } from './errors';
import { listRegisterRequests } from './register';
import type { RoundRow } from './rounds';
import { listVersions } from './schedule';
import { comparePolish } from '@/lib/i18n/collation';

interface MeetingRow {
  id: string;
  scope: string | null;
  starts_at: string;
  cancelled: boolean;
  team: { name: string };
  venue: { name: string; address: string };
  room: { name: string } | null;
  outcome: {
    held: boolean;
    organisation_count: number | null;
    not_held_reason: SummaryOutcome['notHeldReason'];
    note: string;
    departments: { department: { name: string } }[];
    waiver: { reason: string } | null;
  } | null;
}

const MEETING_COLUMNS =
  'id, scope, starts_at, cancelled, team:sector_teams(name), venue:venues(name, address), room:venue_rooms!meeting_room_of_venue(name), ' +
  'outcome:meeting_outcomes(held, organisation_count, not_held_reason, note, departments:meeting_outcome_departments(department:departments(name)), waiver:minutes_waivers(reason))';

/** Everything the summary of a round says, as the client may read it (the coordinator reads it all). */
export async function loadSummaryData(client: SupabaseClient, round: RoundRow): Promise<SummaryData> {
  const [programme, organiser, coordinationMeetings, versions, meetings, requests, followUps] = await Promise.all([
    client.from('programmes').select('title, year_from, year_to').eq('id', round.programme_id).single<{ title: string; year_from: number; year_to: number }>(),
    client.from('departments').select('name').eq('kind', 'coordinating').order('name').limit(1).maybeSingle<{ name: string }>(),
    listCoordinationMeetings(client, round.id),
    listVersions(client, round.id),
    client.from('meetings').select(MEETING_COLUMNS).eq('round_id', round.id).order('starts_at').returns<MeetingRow[]>(),
    listRegisterRequests(client, round.id),
    client
      .from('follow_ups')
      .select('organisation, subject, status, talks_on, department:departments(name)')
      .eq('round_id', round.id)
      .returns<{ organisation: string; subject: string; status: SummaryData['followUps'][number]['status']; talks_on: string | null; department: { name: string } }[]>(),
  ]);
  const latest = versions[0];
  const { title, year_from, year_to } = rowsOf(programme);
  return {
    programme: { title, yearFrom: year_from, yearTo: year_to },
    round: { number: round.number, title: round.title },
    organiser: rowsOf(organiser)?.name ?? '',
    coordinationMeetings: coordinationMeetings.map((meeting) => ({
      title: meeting.title,
      heldOn: meeting.held_on,
      venue: meeting.venue?.name ?? null,
      participants: meeting.participants,
      purpose: meeting.purpose,
      decisions: meeting.decisions.map((decision) => decision.body),
    })),
    schedule: latest ? { number: latest.number, asOf: latest.as_of, meetings: latest.meetings } : null,
    meetings: rowsOf(meetings).map((row) => ({
      ...summaryMeeting(row),
      outcome: row.outcome
        ? {
            held: row.outcome.held,
            organisationCount: row.outcome.organisation_count,
            departments: row.outcome.departments.map((present) => present.department.name).sort(comparePolish),
            notHeldReason: row.outcome.not_held_reason,
            note: row.outcome.note,
          }
        : null,
      minutesWaiver: row.outcome?.waiver?.reason ?? null,
    })),
    opinions: requests.flatMap((request) => (request.opinion ? [{ department: request.department.name, team: request.team.name, outcome: request.opinion.outcome }] : [])),
    followUps: rowsOf(followUps).map((followUp) => ({
      department: followUp.department.name,
      organisation: followUp.organisation,
      subject: followUp.subject,
      status: followUp.status,
      talksOn: followUp.talks_on,
    })),
  };
}

const summaryMeeting = (row: MeetingRow): SummaryMeeting => ({
  id: row.id,
  teamName: row.team.name,
  scope: row.scope,
  venueName: row.venue.name,
  venueAddress: row.venue.address,
  roomName: row.room?.name ?? null,
  startsAt: new Date(row.starts_at).toISOString(),
  cancelled: row.cancelled,
});

export interface SummaryDraft {
  edits: SummaryEdits;
  version: number;
}

export async function getSummaryDraft(client: SupabaseClient, roundId: string): Promise<SummaryDraft> {
  const row = rowsOf(await client.from('summary_drafts').select('edits, version').eq('round_id', roundId).maybeSingle<SummaryDraft>());
  return row ?? { edits: {}, version: 0 };
}

/**
 * The summary as it would be published now: built from the round's data, with the coordinator's
 * edits in place; the sections whose data changed since their edit; and the draft's version,
 * which publishing checks so that what is published is what was previewed.
 */
export async function composeSummary(client: SupabaseClient, round: RoundRow) {
  const [data, draft] = await Promise.all([loadSummaryData(client, round), getSummaryDraft(client, round.id)]);
  const generated = buildSummary(data, summaryTranslator());
  return { data, generated, draft, ...applyEdits(generated, draft.edits) };
}

/**
 * Saves the coordinator's text of a section (null: back to the generated text), with the
 * fingerprint of the section as generated now, so that a later change of the data shows. A text
 * equal to the generated one is no edit. Refused (`summary.conflict`) if the draft has moved on
 * from `expectedVersion`; answers the draft's new version.
 */
export async function saveSectionEdit(
  client: SupabaseClient,
  round: RoundRow,
  change: { expectedVersion: number; section: SummarySectionId; text: string | null },
): Promise<number> {
  const { generated, draft } = await composeSummary(client, round);
  const section = generated.sections.find((candidate) => candidate.id === change.section)!;
  const edits: SummaryEdits = { ...draft.edits };
  if (change.text === null || change.text === proseToText(section.prose)) delete edits[change.section];
  else edits[change.section] = { text: change.text, basedOn: fingerprint(section) };
  const saved = rowsOf(
    await client.rpc('save_summary_draft', { round_id: round.id, expected_version: change.expectedVersion, edits }).single<{ version: number }>(),
  );
  return saved.version;
}

/** Records why a held meeting's minutes will not be approved; with an empty reason, withdraws that. */
export async function waiveMinutes(client: SupabaseClient, meetingId: string, reason: string): Promise<void> {
  rowsOf(await client.rpc('waive_minutes', { meeting_id: meetingId, reason }));
}

/** The round's meetings whose minutes are approved. */
export async function listApprovedMinutes(client: SupabaseClient, roundId: string): Promise<Set<string>> {
  const rows = rowsOf(await client.from('minutes_revisions').select('meeting_id').eq('round_id', roundId).eq('state', 'approved').returns<{ meeting_id: string }[]>());
  return new Set(rows.map((row) => row.meeting_id));
}
