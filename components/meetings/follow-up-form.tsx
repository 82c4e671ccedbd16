'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createFollowUpAction } from '@/lib/actions/outcomes';
import { useRouter } from '@/lib/i18n/navigation';
import { followUpSchema } from '@/lib/schemas/outcomes';

/** Invites an organisation from the meeting to talks with a department or unit; its staff are e-mailed. */
export function FollowUpForm({ meetingId, departments }: { meetingId: string; departments: { id: string; name: string }[] }) {
  const t = useTranslations('FollowUps');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: followUpSchema,
    action: createFollowUpAction,
    defaultValues: { meetingId, departmentId: '', organisation: '', subject: '' },
    onSuccess: () => {
      form.reset({ meetingId, departmentId: '', organisation: '', subject: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm
      name="follow-up"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('created')}
      submitLabel={t('create')}
      confirm={{ title: t('confirmTitle'), description: t('confirmText'), confirmLabel: t('create') }}
    >
      <HiddenField name="meetingId" />
      <TextField name="organisation" label={t('organisation')} required />
      <SelectField name="departmentId" label={t('department')} placeholder={t('departmentPlaceholder')} options={departments.map((department) => ({ value: department.id, label: department.name }))} required />
      <TextAreaField name="subject" rows={3} label={t('subject')} hint={t('subjectHint')} required />
    </ActionForm>
  );
}
