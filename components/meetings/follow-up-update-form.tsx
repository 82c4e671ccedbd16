'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { updateFollowUpAction } from '@/lib/actions/outcomes';
import type { FollowUp } from '@/lib/db/follow-ups';
import { useRouter } from '@/lib/i18n/navigation';
import { FOLLOW_UP_STATUSES } from '@/lib/meetings/outcomes';
import { followUpUpdateSchema } from '@/lib/schemas/outcomes';

/** The department records whether and when the talks take place, with a note. */
export function FollowUpUpdateForm({ followUp }: { followUp: FollowUp }) {
  const t = useTranslations('FollowUps');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: followUpUpdateSchema,
    action: updateFollowUpAction,
    defaultValues: { followUpId: followUp.id, status: followUp.status, talksOn: followUp.talks_on ?? '', note: followUp.note },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name={`follow-up-${followUp.id}`} form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('update')}>
      <HiddenField name="followUpId" />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField name="status" label={t('statusColumn')} options={FOLLOW_UP_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))} required />
        <TextField name="talksOn" type="date" label={t('talksOn')} hint={t('talksOnHint')} />
      </div>
      <TextAreaField name="note" rows={2} label={t('note')} />
    </ActionForm>
  );
}
