import type { AppRole } from './roles';

/**
 * Who may do what, as data: each permission and the roles that have it. The UI shows only what
 * the user's role may do, every server action refuses what it may not, and the database holds the
 * same map (`app.role_permissions`, kept equal to this one by a test) for its policies and
 * functions. Rows a role may touch are narrowed further by RLS (a moderator writes minutes only
 * for the teams they moderate now, department staff opinions only for their department).
 */
export const PERMISSIONS = {
  'users.read': ['coordinator'],
  'users.manage': ['coordinator'],
  'departments.manage': ['coordinator'],
  'programmes.manage': ['coordinator'],
  'rounds.manage': ['coordinator'],
  /** Every round, public or not, taken part in or not. Others read public rounds and their own. */
  'rounds.read_all': ['coordinator'],
  'teams.manage': ['coordinator'],
  'venues.manage': ['coordinator'],
  'schedule.manage': ['coordinator'],
  'assumptions.write': ['coordinator', 'moderator'],
  'assumptions.open': ['coordinator'],
  'opinions.request': ['coordinator'],
  'opinions.submit': ['department'],
  'opinions.decide': ['coordinator'],
  'meetings.record_outcome': ['coordinator'],
  /** The confirmed participants of a meeting: coordinators every meeting's, a moderator their teams'. */
  'signups.read': ['coordinator', 'moderator'],
  'minutes.write': ['coordinator', 'moderator'],
  /** A coordinator approves only as the substitute of a vacant team's moderator. */
  'minutes.approve': ['coordinator', 'moderator'],
  'follow_ups.manage': ['coordinator'],
  'follow_ups.update': ['department'],
  'summary.edit': ['coordinator'],
  'summary.publish': ['coordinator'],
  /** The e-mails Resend kept refusing (never what they carry), and sending one again. */
  'outbox.manage': ['coordinator'],
} as const satisfies Record<string, readonly AppRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: AppRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly AppRole[]).includes(role);
}
