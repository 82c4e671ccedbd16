import type { AbstractIntlMessages } from 'next-intl';

/**
 * The namespaces the browser reads: those of the client components (`'use client'`), and those of
 * the message keys that server actions answer with, which forms put in words. The rest (server
 * pages, e-mails, documents) is rendered on the server and never sent: a third of the catalogue,
 * on every page a signed-in user opens. tests/unit/client-messages.test.ts keeps the list whole.
 */
export const CLIENT_NAMESPACES = [
  'Assumptions',
  'Coordination',
  'Decisions',
  'Errors',
  'FollowUps',
  'Forms',
  'Import',
  'Issue',
  'Meetings',
  'Minutes',
  'OpinionRequests',
  'Opinions',
  'Outcomes',
  'Programmes',
  'Roles',
  'Rounds',
  'SignIn',
  'Signups',
  'SummaryEditor',
  'SummaryPublish',
  'SummaryWaivers',
  'Teams',
  'Users',
  'Validation',
  'Venues',
] as const;

/** The part of a language's messages that client components read. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(CLIENT_NAMESPACES.flatMap((namespace) => (namespace in messages ? [[namespace, messages[namespace]!]] : [])));
}
