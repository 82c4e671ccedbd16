'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { assignModeratorAction, createTeamAction, endModerationAction, renameTeamAction } from '@/lib/actions/planning';
import { useRouter } from '@/lib/i18n/navigation';
import { assignModeratorSchema, endModerationSchema, teamRenameSchema, teamSchema } from '@/lib/schemas/planning';

export function NewTeamForm({ programmeId }: { programmeId: string }) {
  const t = useTranslations('Teams');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: teamSchema,
    action: createTeamAction,
    defaultValues: { programmeId, name: '' },
    onSuccess: () => {
      form.reset({ programmeId, name: '' });
      router.refresh();
    },
  });
  return (
    <ActionForm name="new-team" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('teamAdded')} submitLabel={t('addTeam')}>
      <HiddenField name="programmeId" />
      <TextField name="name" label={t('name')} hint={t('nameHint')} required />
    </ActionForm>
  );
}

/** Corrects the team's name; the schedule and the documents show the new one. */
export function RenameTeamForm({ id, name }: { id: string; name: string }) {
  const t = useTranslations('Teams');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: teamRenameSchema,
    action: renameTeamAction,
    defaultValues: { id, name },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="rename-team" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('renamed')} submitLabel={t('rename')}>
      <HiddenField name="id" />
      <TextField name="name" label={t('name')} hint={t('nameHint')} required />
    </ActionForm>
  );
}

export function AssignModeratorForm({ teamId, moderators, today }: { teamId: string; moderators: { id: string; full_name: string; email: string }[]; today: string }) {
  const t = useTranslations('Teams');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: assignModeratorSchema,
    action: assignModeratorAction,
    defaultValues: { teamId, profileId: '', startsOn: today },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm name="assign-moderator" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('moderatorAssigned')} submitLabel={t('assign')}>
      <HiddenField name="teamId" />
      <SelectField
        name="profileId"
        label={t('moderator')}
        hint={t('moderatorHint')}
        placeholder={t('chooseModerator')}
        options={moderators.map((moderator) => ({ value: moderator.id, label: `${moderator.full_name} (${moderator.email})` }))}
        required
      />
      <TextField name="startsOn" type="date" label={t('startsOn')} required />
    </ActionForm>
  );
}

export function EndModerationForm({ teamId, moderatorName, today }: { teamId: string; moderatorName: string; today: string }) {
  const t = useTranslations('Teams');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: endModerationSchema,
    action: endModerationAction,
    defaultValues: { teamId, endsOn: today, reason: 'resigned' },
    onSuccess: () => router.refresh(),
  });
  return (
    <ActionForm
      name="end-moderation"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('moderationEnded')}
      submitLabel={t('endModeration')}
      confirm={{ title: t('endTitle', { name: moderatorName }), description: t('endDescription'), confirmLabel: t('endConfirm') }}
    >
      <HiddenField name="teamId" />
      <SelectField
        name="reason"
        label={t('endReason')}
        options={[
          { value: 'resigned', label: t('reason.resigned') },
          { value: 'removed', label: t('reason.removed') },
        ]}
        required
      />
      <TextField name="endsOn" type="date" label={t('endsOn')} required />
    </ActionForm>
  );
}
