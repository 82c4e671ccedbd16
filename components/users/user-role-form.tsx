'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { changeUserRoleAction } from '@/lib/actions/users';
import type { AppRole } from '@/lib/auth/roles';
import { useRouter } from '@/lib/i18n/navigation';
import { changeUserRoleSchema } from '@/lib/schemas/users';
import { RoleFields, type DepartmentOption } from './role-fields';

export function UserRoleForm({ user, departments }: { user: { id: string; role: AppRole; department_id: string | null }; departments: DepartmentOption[] }) {
  const t = useTranslations('Users');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: changeUserRoleSchema,
    action: changeUserRoleAction,
    defaultValues: { userId: user.id, role: user.role, departmentId: user.department_id ?? '' },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="user-role" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('roleSaved')} submitLabel={t('roleSubmit')}>
      <HiddenField name="userId" />
      <RoleFields departments={departments} />
    </ActionForm>
  );
}
