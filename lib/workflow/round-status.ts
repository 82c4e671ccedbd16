/** Round statuses, as the `public.round_status` enum defines them, in the order a round goes through them. */
export const ROUND_STATUSES = ['planning', 'consultation', 'summarising', 'published', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * The moves `public.change_round_status` allows, as data (the table `app.round_status_transitions`).
 * An integration test keeps the two equal; the UI reads this to decide which buttons to show.
 */
export const ROUND_STATUS_TRANSITIONS: readonly (readonly [from: RoundStatus, to: RoundStatus])[] = [
  ['planning', 'consultation'],
  ['consultation', 'summarising'],
  ['summarising', 'consultation'],
  ['summarising', 'closed'],
  // Only by publishing the summary (`public.publish_summary`).
  ['consultation', 'published'],
  ['summarising', 'published'],
  ['published', 'closed'],
];
