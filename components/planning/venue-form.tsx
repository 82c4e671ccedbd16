'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createVenueAction, saveRoomAction, updateVenueAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import { roomSchema, venueSchema, venueUpdateSchema } from '@/lib/schemas/planning';

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

/** Corrects a venue's name and address; meetings keep pointing at it. */
export function EditVenueForm({ venue }: { venue: { id: string; name: string; address: string } }) {
  const t = useTranslations('Venues');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: venueUpdateSchema,
    action: updateVenueAction,
    defaultValues: venue,
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="edit-venue" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={t('save')}>
      <HiddenField name="id" />
      <TextField name="name" label={t('name')} hint={t('nameHint')} required />
      <TextField name="address" label={t('address')} hint={t('addressHint')} />
    </ActionForm>
  );
}

/** Adds a room to the venue, or (given one) renames it. */
export function RoomForm({ venueId, room }: { venueId: string; room?: { id: string; name: string } }) {
  const t = useTranslations('Venues');
  const router = useRouter();
  const values = { venueId, id: room?.id ?? '', name: room?.name ?? '' };
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: roomSchema,
    action: saveRoomAction,
    defaultValues: values,
    onSuccess: () => {
      if (!room) form.reset(values);
      router.refresh();
    },
  });
  return (
    <ActionForm
      name={room ? `room-${room.id}` : 'new-room'}
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={room ? t('roomRenamed') : t('roomAdded')}
      submitLabel={room ? t('renameRoom', { room: room.name }) : t('addRoom')}
    >
      <HiddenField name="venueId" />
      <HiddenField name="id" />
      <TextField name="name" label={room ? t('roomName', { room: room.name }) : t('newRoom')} required />
    </ActionForm>
  );
}
