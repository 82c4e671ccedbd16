'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { demoSignInAction } from '@/lib/actions/auth';
import { demoSignInSchema } from '@/lib/schemas/auth';

export function DemoSignInForm({ accounts, callbackUrl }: { accounts: { email: string; label: string }[]; callbackUrl: string }) {
  const t = useTranslations('SignIn');
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: demoSignInSchema,
    action: demoSignInAction,
    defaultValues: { email: accounts[0]?.email ?? '', password: '', callbackUrl },
  });
  return (
    <ActionForm name="demo-sign-in" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('demoSubmit')}>
      <SelectField name="email" label={t('demoAccount')} options={accounts.map((account) => ({ value: account.email, label: account.label }))} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t('password')} required />
      <HiddenField name="callbackUrl" />
    </ActionForm>
  );
}
