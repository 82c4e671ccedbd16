'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { saveCoordinationMeetingAction } from '@/lib/actions/coordination';
import type { CoordinationMeeting } from '@/lib/db/coordination';
import { useRouter } from '@/lib/i18n/navigation';
import { coordinationMeetingSchema } from '@/lib/schemas/coordination';

interface Props {
  roundId: string;
  venues: { id: string; name: string }[];
  /** The meeting to correct; none for a new one. */
  meeting?: CoordinationMeeting;
}

/** A coordination meeting of a round and its decisions, one per paragraph, numbered in that order. */
export function CoordinationMeetingForm({ roundId, venues, meeting }: Props) {
  const t = useTranslations('Coordination');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: coordinationMeetingSchema,
    action: saveCoordinationMeetingAction,
    defaultValues: {
      id: meeting?.id ?? '',
      roundId,
      expectedVersion: meeting?.version ?? 0,
      title: meeting?.title ?? t('defaultTitle'),
      heldOn: meeting?.held_on ?? '',
      venueId: meeting?.venue_id ?? '',
      participants: meeting?.participants ?? '',
      purpose: meeting?.purpose ?? '',
      decisions: meeting?.decisions.map((decision) => decision.body).join('\n\n') ?? '',
    },
    onSuccess: (id) => (meeting ? router.refresh() : router.push(`/panel/spotkania-koordynacyjne/${id}?saved=coordinationCreated`)),
  });
  return (
    <ActionForm
      name={meeting ? 'edit-coordination-meeting' : 'new-coordination-meeting'}
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('saved')}
      submitLabel={meeting ? t('save') : t('create')}
    >
      <HiddenField name="id" />
      <HiddenField name="roundId" />
      <HiddenField name="expectedVersion" />
      <TextField name="title" label={t('titleField')} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="heldOn" type="date" label={t('heldOn')} required />
        <SelectField name="venueId" label={t('venue')} placeholder={t('noVenue')} options={venues.map((venue) => ({ value: venue.id, label: venue.name }))} />
      </div>
      <TextAreaField name="participants" rows={3} label={t('participants')} hint={t('participantsHint')} />
      <TextAreaField name="purpose" rows={3} label={t('purpose')} hint={t('purposeHint')} />
      <TextAreaField name="decisions" rows={12} label={t('decisions')} hint={t('decisionsHint')} />
    </ActionForm>
  );
}
