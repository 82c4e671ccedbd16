/** The round summary as data: what the builder makes, the editor changes and a version freezes. */

export const SUMMARY_SECTIONS = ['introduction', 'decisions', 'schedule', 'outcomes', 'opinions', 'follow_ups', 'next_step'] as const;
export type SummarySectionId = (typeof SUMMARY_SECTIONS)[number];

export type SummaryBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; caption: string; head: string[]; rows: string[][] }
  /** A bar chart of counts per category (shown with its numbers as a table too, for those who do not see it). */
  | { kind: 'chart'; caption: string; categories: string[]; series: { name: string; values: number[] }[] };

export interface SummarySection {
  id: SummarySectionId;
  heading: string;
  /** What the coordinator may rewrite: paragraphs and lists. */
  prose: SummaryBlock[];
  /** What always comes from the data: tables and charts. */
  data: SummaryBlock[];
}

export interface SummaryDocument {
  title: string;
  subtitle: string;
  sections: SummarySection[];
}

/** Everything the builder reads: the round's data, as the coordinator may read it. */
export interface SummaryData {
  programme: { title: string; yearFrom: number; yearTo: number };
  round: { number: number; title: string };
  /** Who ran the round: the coordinating department's name. */
  organiser: string;
  coordinationMeetings: {
    title: string;
    heldOn: string;
    venue: string | null;
    participants: string;
    purpose: string;
    decisions: string[];
  }[];
  /** The latest issued version of the schedule; null before the first. */
  schedule: { number: number; asOf: string; meetings: SummaryMeeting[] } | null;
  /** Every meeting of the round with its outcome, issued or not (a meeting never held may never have been issued). */
  meetings: (SummaryMeeting & { outcome: SummaryOutcome | null; minutesWaiver: string | null })[];
  opinions: { department: string; team: string; outcome: 'accepted' | 'partially_accepted' | 'rejected' | null }[];
  followUps: { department: string; organisation: string; subject: string; status: 'invited' | 'scheduled' | 'held' | 'dropped'; talksOn: string | null }[];
}

export interface SummaryMeeting {
  id: string;
  teamName: string;
  scope: string | null;
  venueName: string;
  venueAddress?: string;
  roomName: string | null;
  startsAt: string;
  cancelled: boolean;
}

export interface SummaryOutcome {
  held: boolean;
  organisationCount: number | null;
  departments: string[];
  notHeldReason: 'no_moderator' | 'no_quorum' | 'cancelled_by_organiser' | 'other' | null;
  note: string;
}

/** The builder's words: messages of the `SummaryDocument` namespace, in the summary's language. */
export type SummaryTranslator = (key: string, values?: Record<string, string | number | Date>) => string;
