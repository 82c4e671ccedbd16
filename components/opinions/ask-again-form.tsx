'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { askAgainAction } from '@/lib/actions/opinion-requests';
import { useRouter } from '@/lib/i18n/navigation';
import { askAgainSchema } from '@/lib/schemas/opinion-requests';
import { DepartmentChoices, useRecipientsText, type RequestableDepartment } from './request-opinions-form';

/**
 * After a new revision, asks the departments that answered an earlier one about the current text
 * (all ticked at first), by a new deadline; their staff get an e-mail.
 */
export function AskAgainForm({ assumptionId, revision, departments }: { assumptionId: string; revision: number; departments: RequestableDepartment[] }) {
  const t = useTranslations('OpinionRequests');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: askAgainSchema,
    action: askAgainAction,
    defaultValues: { assumptionId, departmentIds: departments.map((department) => department.id), deadline: '' },
    onSuccess: () => router.push(`/panel/zalozenia/${assumptionId}?saved=askedAgain`),
  });
  const recipientsText = useRecipientsText(departments, form.watch('departmentIds'));
  return (
    <ActionForm
      name="ask-again"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('askedAgain', { count: postedData?.asked ?? 0 })}
      submitLabel={t('askAgainSubmit')}
      confirm={{ title: t('askAgainConfirmTitle', { revision }), description: recipientsText, confirmLabel: t('confirm') }}
    >
      <HiddenField name="assumptionId" />
      <DepartmentChoices departments={departments} legend={t('askAgainLegend')} hint={t('askAgainHint', { revision })} />
      <TextField name="deadline" type="date" label={t('deadline')} hint={t('deadlineHint')} required />
    </ActionForm>
  );
}
