'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxField, HiddenField, SelectField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { addMeetingAction, cancelMeetingAction, restoreMeetingAction, updateMeetingAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import { cancelMeetingSchema, meetingSchema, restoreMeetingSchema, meetingUpdateSchema, type MeetingFormOptions, type MeetingUpdateInput } from '@/lib/schemas/planning';

function MeetingFields({ teams, venues, reasonRequired }: MeetingFormOptions) {
  const t = useTranslations('Meetings');
  const tTeams = useTranslations('Teams');
  const { watch, getValues, setValue } = useFormContext();
  const venueId = watch('venueId');
  const rooms = venues.find((venue) => venue.id === venueId)?.rooms ?? [];
  // A room of the previous venue must not travel with the form to the new one.
  useEffect(() => {
    const roomId = getValues('roomId');
    if (roomId && !rooms.some((room) => room.id === roomId)) setValue('roomId', '');
  }, [venueId, rooms, getValues, setValue]);
  return (
    <>
      <HiddenField name="roundId" />
      <SelectField
        name="teamId"
        label={t('team')}
        placeholder={t('chooseTeam')}
        options={teams.map((team) => ({ value: team.id, label: team.vacant ? `${team.name} (${tTeams('vacant')})` : team.name }))}
        required
      />
      <TextField name="scope" label={t('scope')} hint={t('scopeHint')} />
      <SelectField name="venueId" label={t('venue')} placeholder={t('chooseVenue')} options={venues.map((venue) => ({ value: venue.id, label: venue.name }))} required />
      <SelectField name="roomId" label={t('room')} hint={t('roomHint')} placeholder={t('noRoom')} options={rooms.map((room) => ({ value: room.id, label: room.name }))} />
      <div className="grid gap-5 sm:grid-cols-3">
        <TextField name="date" type="date" label={t('date')} required />
        <TextField name="time" label={t('time')} hint={t('timeHint')} required />
        <TextField name="durationMinutes" type="number" label={t('duration')} required />
      </div>
      <CheckboxField name="isPublic" label={t('isPublic')} hint={t('isPublicHint')} />
      <TextField name="changeReason" label={t('changeReason')} hint={reasonRequired ? t('changeReasonHintIssued') : t('changeReasonHint')} required={reasonRequired} />
    </>
  );
}

export function NewMeetingForm({ roundId, options }: { roundId: string; options: MeetingFormOptions }) {
  const t = useTranslations('Meetings');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: meetingSchema,
    action: addMeetingAction,
    defaultValues: { roundId, teamId: '', scope: '', venueId: '', roomId: '', date: '', time: '', durationMinutes: 120, isPublic: true, changeReason: '' },
    onSuccess: () => router.push(`/panel/tury/${roundId}/harmonogram?saved=meetingAdded`),
  });
  return (
    <ActionForm name="new-meeting" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('add')}>
      <MeetingFields {...options} />
    </ActionForm>
  );
}

export function EditMeetingForm({ meeting, options }: { meeting: MeetingUpdateInput; options: MeetingFormOptions }) {
  const t = useTranslations('Meetings');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: meetingUpdateSchema,
    action: updateMeetingAction,
    defaultValues: { ...meeting, changeReason: '' },
    onSuccess: () => router.push(`/panel/tury/${meeting.roundId}/harmonogram?saved=meetingSaved`),
  });
  return (
    <ActionForm name="edit-meeting" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('save')}>
      <HiddenField name="id" />
      <MeetingFields {...options} />
    </ActionForm>
  );
}

export function CancelMeetingForm({ meetingId, roundId, meetingLabel }: { meetingId: string; roundId: string; meetingLabel: string }) {
  const t = useTranslations('Meetings');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: cancelMeetingSchema,
    action: cancelMeetingAction,
    defaultValues: { id: meetingId, reason: '' },
    onSuccess: () => router.push(`/panel/tury/${roundId}/harmonogram?saved=meetingCancelled`),
  });
  return (
    <ActionForm
      name="cancel-meeting"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      submitLabel={t('cancel')}
      confirm={{ title: t('cancelTitle', { meeting: meetingLabel }), description: t('cancelDescription'), confirmLabel: t('cancelConfirm') }}
    >
      <HiddenField name="id" />
      <TextField name="reason" label={t('cancelReason')} hint={t('cancelReasonHint')} required />
    </ActionForm>
  );
}

/** Holds a cancelled meeting as planned after all: the next version lists it as restored, with the reason. */
export function RestoreMeetingForm({ meetingId, roundId, reasonRequired }: { meetingId: string; roundId: string; reasonRequired: boolean }) {
  const t = useTranslations('Meetings');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: restoreMeetingSchema,
    action: restoreMeetingAction,
    defaultValues: { id: meetingId, changeReason: '' },
    onSuccess: () => router.push(`/panel/tury/${roundId}/harmonogram?saved=meetingRestored`),
  });
  return (
    <ActionForm name="restore-meeting" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('restore')}>
      <HiddenField name="id" />
      <TextField name="changeReason" label={t('changeReason')} hint={reasonRequired ? t('restoreReasonHintIssued') : t('changeReasonHint')} required={reasonRequired} />
    </ActionForm>
  );
}
