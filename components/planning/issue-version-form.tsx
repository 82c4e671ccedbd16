'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { issueVersionAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import { issueVersionSchema } from '@/lib/schemas/planning';

/** Issuing freezes the schedule as it is, publishes it (for a public round) and e-mails those involved. */
export function IssueVersionForm({ roundId, today, nextVersion, recipients }: { roundId: string; today: string; nextVersion: number; recipients: number }) {
  const t = useTranslations('Issue');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: issueVersionSchema,
    action: issueVersionAction,
    defaultValues: { roundId, asOf: today },
    onSuccess: () => router.push(`/panel/tury/${roundId}/harmonogram?saved=versionIssued`),
  });
  return (
    <ActionForm
      name="issue-version"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      submitLabel={t('submit', { version: nextVersion })}
      confirm={{ title: t('confirmTitle', { version: nextVersion }), description: t('confirmDescription', { recipients }), confirmLabel: t('confirm') }}
    >
      <HiddenField name="roundId" />
      <TextField name="asOf" type="date" label={t('asOf')} hint={t('asOfHint')} required />
    </ActionForm>
  );
}
