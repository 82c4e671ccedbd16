import { z } from 'zod';
import { APP_ROLES } from '@/lib/auth/roles';
import { id, optionalId, requiredText } from './fields';

const roleAndDepartment = z
  .object({ role: z.enum(APP_ROLES, 'required'), departmentId: optionalId })
  .refine((user) => user.role !== 'department' || user.departmentId !== null, { path: ['departmentId'], message: 'departmentRequired' });

export const inviteUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().min(1, 'required').max(254, 'tooLong').pipe(z.email('email')),
    fullName: requiredText(200),
  })
  .and(roleAndDepartment);

export const changeUserRoleSchema = z.object({ userId: id }).and(roleAndDepartment);

export const setUserActiveSchema = z.object({ userId: id, active: z.boolean() });
