import type { AppRole } from './roles';

/** What a role may do, as data: the UI hides what a role cannot do, and actions refuse it. RLS checks again. */
export const PERMISSIONS = {
  coordinator: ['users.manage', 'programmes.manage', 'rounds.manage'],
  department: [],
  moderator: [],
} as const satisfies Record<AppRole, readonly string[]>;

export type Permission = (typeof PERMISSIONS)[AppRole][number];

export function can(role: AppRole, permission: Permission): boolean {
  return (PERMISSIONS[role] as readonly Permission[]).includes(permission);
}
