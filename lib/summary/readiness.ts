import type { SummaryData } from './types';

type Meeting = SummaryData['meetings'][number];

/** What publishing the summary checks (as publish_summary does), meeting by meeting. */
export interface SummaryReadiness {
  /** Meetings (not cancelled) whose outcome nobody has recorded yet. */
  withoutOutcome: Meeting[];
  /** Held meetings with neither approved minutes nor a waiver. */
  withoutMinutes: Meeting[];
  /** Held meetings whose minutes were waived, with the reason the summary states. */
  waived: (Meeting & { minutesWaiver: string })[];
}

export function summaryReadiness(meetings: Meeting[], approvedMinutes: ReadonlySet<string>): SummaryReadiness {
  const live = meetings.filter((meeting) => !meeting.cancelled);
  return {
    withoutOutcome: live.filter((meeting) => !meeting.outcome),
    withoutMinutes: live.filter((meeting) => meeting.outcome?.held && !approvedMinutes.has(meeting.id) && meeting.minutesWaiver === null),
    waived: live.filter((meeting): meeting is Meeting & { minutesWaiver: string } => meeting.minutesWaiver !== null),
  };
}

export const isReady = (readiness: SummaryReadiness) => readiness.withoutOutcome.length === 0 && readiness.withoutMinutes.length === 0;
