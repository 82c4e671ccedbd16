'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxField, HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createRoundAction, updateRoundAction } from '@/lib/actions/programmes';
import type { RoundRow } from '@/lib/db/rounds';
import { useRouter } from '@/lib/i18n/navigation';
import { roundSchema, roundUpdateSchema } from '@/lib/schemas/programmes';

function RoundFields() {
  const t = useTranslations('Rounds');
  return (
    <>
      <HiddenField name="programmeId" />
      <TextField name="number" type="number" label={t('number')} hint={t('numberHint')} required />
      <TextField name="title" label={t('titleField')} hint={t('titleHint')} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t('startsOn')} />
        <TextField name="endsOn" type="date" label={t('endsOn')} />
      </div>
      <CheckboxField name="isPublic" label={t('isPublic')} hint={t('isPublicHint')} />
    </>
  );
}

export function NewRoundForm({ programmeId, nextNumber }: { programmeId: string; nextNumber: number }) {
  const t = useTranslations('Rounds');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: roundSchema,
    action: createRoundAction,
    defaultValues: { programmeId, number: nextNumber, title: '', startsOn: '', endsOn: '', isPublic: false },
    onSuccess: () => router.push(`/panel/programy/${programmeId}?saved=roundCreated`),
  });
  return (
    <ActionForm name="new-round" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('create')}>
      <RoundFields />
    </ActionForm>
  );
}

export function EditRoundForm({ round }: { round: RoundRow }) {
  const t = useTranslations('Rounds');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: roundUpdateSchema,
    action: updateRoundAction,
    defaultValues: {
      id: round.id,
      programmeId: round.programme_id,
      number: round.number,
      title: round.title,
      startsOn: round.starts_on ?? '',
      endsOn: round.ends_on ?? '',
      isPublic: round.is_public,
    },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="edit-round" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={t('save')}>
      <HiddenField name="id" />
      <RoundFields />
    </ActionForm>
  );
}
