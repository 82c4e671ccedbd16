'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { inviteUserAction } from '@/lib/actions/users';
import { useRouter } from '@/lib/i18n/navigation';
import { inviteUserSchema } from '@/lib/schemas/users';
import { RoleFields, type DepartmentOption } from './role-fields';

export function InviteUserForm({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations('Users');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: inviteUserSchema,
    action: inviteUserAction,
    defaultValues: { email: '', fullName: '', role: 'department', departmentId: '' },
    onSuccess: () => router.push('/panel/uzytkownicy?saved=userInvited'),
  });
  return (
    <ActionForm name="invite-user" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('inviteSubmit')}>
      <TextField name="email" type="email" autoComplete="off" label={t('email')} hint={t('emailHint')} required />
      <TextField name="fullName" label={t('fullName')} required />
      <RoleFields departments={departments} />
    </ActionForm>
  );
}
