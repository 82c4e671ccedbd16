'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { requestMagicLinkAction } from '@/lib/actions/auth';
import { emailSignInSchema } from '@/lib/schemas/auth';

export function EmailSignInForm({ email, callbackUrl }: { email: string; callbackUrl: string }) {
  const t = useTranslations('SignIn');
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: emailSignInSchema,
    action: requestMagicLinkAction,
    defaultValues: { email, callbackUrl },
  });
  return (
    <ActionForm name="email-sign-in" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('sendLink')}>
      <TextField name="email" type="email" autoComplete="email" label={t('email')} hint={t('emailHint')} required />
      <HiddenField name="callbackUrl" />
    </ActionForm>
  );
}
