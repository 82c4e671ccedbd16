'use server';

import { defineAction } from '@/lib/actions/define';
import { changeUserRole, inviteUser, setUserActive } from '@/lib/db/profiles';
import { dispatchAfterResponse } from '@/lib/email/outbox';
import { changeUserRoleSchema, inviteUserSchema, setUserActiveSchema } from '@/lib/schemas/users';

const userErrors = {
  'users.email_taken': { field: 'email', message: 'emailTaken' },
  'users.department_required': { field: 'departmentId', message: 'departmentRequired' },
  'users.self': { message: 'ownAccess' },
  'users.not_found': { message: 'notFound' },
};

/** Creates the profile and queues the invitation in one transaction; the e-mail goes out right after. */
export const inviteUserAction = defineAction(
  { permission: 'users.manage', schema: inviteUserSchema, databaseErrors: userErrors },
  async ({ client, input }) => {
    const profile = await inviteUser(client, input);
    dispatchAfterResponse();
    return { id: profile.id };
  },
);

export const changeUserRoleAction = defineAction(
  { permission: 'users.manage', schema: changeUserRoleSchema, databaseErrors: userErrors },
  async ({ client, input }) => {
    await changeUserRole(client, input.userId, input.role, input.departmentId);
    return null;
  },
);

export const setUserActiveAction = defineAction(
  { permission: 'users.manage', schema: setUserActiveSchema, databaseErrors: userErrors },
  async ({ client, input }) => {
    await setUserActive(client, input.userId, input.active);
    return null;
  },
);
