/** Shapes shared by the schedule's pure logic (parsing, matching, conflicts, versions). */

/** The longest a meeting's scope, a venue's name and a room's name may be: the database's limits, and the forms'. */
export const TEXT_LIMITS = { scope: 200, venueName: 300, roomName: 100 } as const;

/** A problem found in one row of a pasted schedule: its number, a code, and the message in Polish. */
export interface RowProblem {
  row: number;
  code: string;
  message: string;
}

/** One data row of a pasted schedule table, as far as it could be read. */
export interface ParsedScheduleRow {
  /** 1-based position among the table's data rows (the header, blank and separator rows do not count). */
  row: number;
  /** The cells as read, tags and entities removed, white space folded. */
  cells: string[];
  /** "ZESPÓŁ DS. KULTURY"; null when the cell is empty. */
  teamName: string | null;
  /** "w zakresie turystyki", from "… / w zakresie turystyki /"; null when none. */
  scope: string | null;
  /** The place cell without the room: "Urząd Miasta Krakowa … os. Centrum c 10". */
  venueText: string | null;
  /** "103" from "sala nr 103"; null when no room is named. */
  room: string | null;
  /** Local date and time in Europe/Warsaw, as written: "2011-10-11", "14:00". */
  localDate: string | null;
  localTime: string | null;
  /** The same moment as an ISO UTC timestamp, for timestamptz. */
  startsAt: string | null;
  problems: RowProblem[];
}

export interface ScheduleTeam {
  id: string;
  name: string;
}

export interface ScheduleVenue {
  id: string;
  name: string;
  address: string;
  rooms: { id: string; name: string }[];
}

/** A meeting of the schedule as the conflict rules and the versions see it. */
export interface ScheduleMeeting {
  id: string;
  teamId: string;
  teamName: string;
  scope: string | null;
  venueId: string;
  venueName: string;
  venueAddress?: string;
  roomId: string | null;
  roomName: string | null;
  startsAt: string;
  endsAt: string;
  isPublic: boolean;
  cancelled: boolean;
  /** Why it was added, moved or cancelled since the last issued version. */
  changeReason: string | null;
  /** Raised at each move; calendar apps take the highest as the event's current state. */
  sequence?: number;
}

/** A meeting already planned, with the title of its round (any round: rooms and teams are shared). */
export type BookedMeeting = ScheduleMeeting & { roundTitle: string };
