'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createProgrammeAction, updateProgrammeAction } from '@/lib/actions/programmes';
import { useRouter } from '@/lib/i18n/navigation';
import { programmeSchema, programmeUpdateSchema } from '@/lib/schemas/programmes';

interface Programme {
  id: string;
  title: string;
  year_from: number;
  year_to: number;
}

function ProgrammeFields() {
  const t = useTranslations('Programmes');
  return (
    <>
      <TextField name="title" label={t('titleField')} hint={t('titleHint')} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="yearFrom" type="number" label={t('yearFrom')} required />
        <TextField name="yearTo" type="number" label={t('yearTo')} required />
      </div>
    </>
  );
}

export function NewProgrammeForm() {
  const t = useTranslations('Programmes');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: programmeSchema,
    action: createProgrammeAction,
    defaultValues: { title: '', yearFrom: '', yearTo: '' },
    onSuccess: (programme) => router.push(`/panel/programy/${programme.id}?saved=programmeCreated`),
  });
  return (
    <ActionForm name="new-programme" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('create')}>
      <ProgrammeFields />
    </ActionForm>
  );
}

export function EditProgrammeForm({ programme }: { programme: Programme }) {
  const t = useTranslations('Programmes');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: programmeUpdateSchema,
    action: updateProgrammeAction,
    defaultValues: { id: programme.id, title: programme.title, yearFrom: programme.year_from, yearTo: programme.year_to },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="edit-programme" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={t('save')}>
      <HiddenField name="id" />
      <ProgrammeFields />
    </ActionForm>
  );
}
