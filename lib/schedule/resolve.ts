import { findConflicts, type Slot } from './conflicts';
import { normalizeForMatching } from './parse';
import { scheduleProblem, scheduleText } from './problems';
import { TEXT_LIMITS, type BookedMeeting, type ParsedScheduleRow, type RowProblem, type ScheduleMeeting, type ScheduleTeam, type ScheduleVenue } from './types';
import { meetingLabel } from './labels';
import { addMinutes, crossesMidnight, polishDateTime, warsawDateTime, withinRoundDates } from './warsaw-time';

/** A pasted row matched to the round's teams and the known venues and rooms, with its conflicts. */
export interface ImportPreviewRow extends ParsedScheduleRow {
  teamId: string | null;
  team: string | null;
  venueId: string | null;
  venue: string | null;
  roomId: string | null;
  /** The place the table names that no known venue matches: created only if the coordinator agrees. */
  newVenue: string | null;
  /** A room the table names that the venue does not have yet: created with the import. */
  newRoom: string | null;
  endsAt: string | null;
}

/** "ZESPÓŁ DS. KULTURY" and "Zespół ds. kultury" and "ds. kultury" all name the same team. */
const teamKey = (name: string) => normalizeForMatching(name).replace(/^zespół/, '').replace(/^ds/, '');

/** The known venue whose name or street address the free text contains (the longest such match). */
export function matchVenue<V extends ScheduleVenue>(text: string, venues: readonly V[]): V | null {
  const haystack = normalizeForMatching(text);
  let best: { venue: V; length: number } | null = null;
  for (const venue of venues) {
    const street = venue.address.split(',')[0] ?? '';
    for (const needle of [venue.name, street].map(normalizeForMatching)) {
      if (needle.length >= 3 && haystack.includes(needle) && needle.length > (best?.length ?? 0)) best = { venue, length: needle.length };
    }
  }
  return best?.venue ?? null;
}

export interface ResolveContext {
  teams: readonly ScheduleTeam[];
  venues: readonly ScheduleVenue[];
  /** The round imported into: its meetings fall within its dates, when it has them. */
  round: { startsOn: string | null; endsOn: string | null };
  existing: readonly BookedMeeting[];
  durationMinutes: number;
  /** The unknown places the coordinator agreed to create, by their text. */
  createVenues: readonly string[];
}

type Booking = Slot & Pick<ScheduleMeeting, 'teamName' | 'scope' | 'startsAt'> & ({ roundTitle: string } | { row: number });

/** The other meeting of a conflict, with where it comes from: its round, or a row above in the same table. */
const describeMeeting = (meeting: Booking) => {
  const described = `${meetingLabel(meeting)}, ${warsawDateTime(meeting.startsAt)}`;
  return 'roundTitle' in meeting ? scheduleText('inRound', { meeting: described, round: meeting.roundTitle }) : scheduleText('inTable', { meeting: described, row: meeting.row });
};

const roundDates = ({ startsOn, endsOn }: ResolveContext['round']) =>
  [startsOn, endsOn].map((date) => (date ? polishDateTime(`${date}T12:00:00Z`).date : '…')).join('–');

/**
 * Matches parsed rows to teams, venues and rooms (regardless of case, spacing and punctuation),
 * and checks each against the existing meetings and the rows before it. Pure: the import screen
 * shows the result as a preview, and the import action runs the same on the server.
 */
export function resolveScheduleRows(rows: readonly ParsedScheduleRow[], context: ResolveContext): ImportPreviewRow[] {
  const teams = new Map(context.teams.map((team) => [teamKey(team.name), team]));
  const accepted: Booking[] = [];

  return rows.map((parsed) => {
    const problems: RowProblem[] = [...parsed.problems];
    const team = parsed.teamName ? (teams.get(teamKey(parsed.teamName)) ?? null) : null;
    if (parsed.teamName && !team) problems.push(scheduleProblem(parsed.row, 'team_unknown', parsed.teamName));

    const venue = parsed.venueText ? matchVenue(parsed.venueText, context.venues) : null;
    const room = venue && parsed.room ? (venue.rooms.find((candidate) => normalizeForMatching(candidate.name) === normalizeForMatching(parsed.room!)) ?? null) : null;
    const newVenue = !venue && parsed.venueText ? parsed.venueText : null;
    if (newVenue && !context.createVenues.includes(newVenue)) problems.push(scheduleProblem(parsed.row, 'venue_unknown', newVenue));
    const newRoom = parsed.room && !room ? parsed.room : null;
    // What the database would refuse to store, told before anything is imported.
    const tooLong = [
      ['scope_too_long', parsed.scope, TEXT_LIMITS.scope],
      ['venue_too_long', newVenue, TEXT_LIMITS.venueName],
      ['room_too_long', newRoom, TEXT_LIMITS.roomName],
    ] as const;
    for (const [code, text, limit] of tooLong) if (text && text.length > limit) problems.push(scheduleProblem(parsed.row, code, limit));

    const endsAt = parsed.startsAt ? addMinutes(parsed.startsAt, context.durationMinutes) : null;
    if (parsed.startsAt && endsAt) {
      if (!withinRoundDates(parsed.startsAt, context.round)) problems.push(scheduleProblem(parsed.row, 'outside_round', roundDates(context.round)));
      if (crossesMidnight({ startsAt: parsed.startsAt, endsAt })) problems.push(scheduleProblem(parsed.row, 'crosses_midnight'));
    }
    const row: ImportPreviewRow = {
      ...parsed,
      problems,
      teamId: team?.id ?? null,
      team: team?.name ?? null,
      venueId: venue?.id ?? null,
      venue: venue?.name ?? null,
      roomId: room?.id ?? null,
      newVenue,
      newRoom,
      endsAt,
    };

    if (team && parsed.startsAt && endsAt && (venue || newVenue)) {
      // A new venue or room has nothing booked yet: its own key stands in for it.
      const slot = {
        teamId: team.id,
        venueId: venue?.id ?? `new:${newVenue}`,
        roomId: room?.id ?? (parsed.room ? `new:${venue?.id ?? newVenue}:${parsed.room}` : null),
        startsAt: parsed.startsAt,
        endsAt,
      };
      for (const conflict of findConflicts(slot, [...context.existing, ...accepted])) {
        problems.push(scheduleProblem(parsed.row, conflict.kind === 'room' ? 'conflict_room' : 'conflict_team', describeMeeting(conflict.other)));
      }
      accepted.push({ ...slot, teamName: team.name, scope: parsed.scope, row: parsed.row });
    }
    return row;
  });
}
