'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createVenueAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import { venueSchema } from '@/lib/schemas/planning';

export function NewVenueForm() {
  const t = useTranslations('Venues');
  const router = useRouter();
  const empty = { name: '', address: '', rooms: '' };
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: venueSchema,
    action: createVenueAction,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <ActionForm name="new-venue" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('added')} submitLabel={t('add')}>
      <TextField name="name" label={t('name')} hint={t('nameHint')} required />
      <TextField name="address" label={t('address')} hint={t('addressHint')} />
      <TextField name="rooms" label={t('rooms')} hint={t('roomsHint')} />
    </ActionForm>
  );
}
