'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxList } from '@/components/ui/form/checkbox-group';
import { HiddenField, RadioField, SelectField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { useScripted } from '@/components/ui/use-scripted';
import { recordOutcomeAction } from '@/lib/actions/outcomes';
import type { MeetingOutcome } from '@/lib/db/outcomes';
import { useRouter } from '@/lib/i18n/navigation';
import { NOT_HELD_REASONS } from '@/lib/meetings/outcomes';
import { outcomeSchema } from '@/lib/schemas/outcomes';

interface Props {
  meetingId: string;
  outcome: MeetingOutcome | null;
  /** The confirmed sign-ups' organisations: the first guess of who came. */
  signedUp: string[];
  departments: { id: string; name: string }[];
}

/**
 * The coordinator records whether the meeting was held: who came (one organisation a line, so it
 * works without a script too), how many, and which departments; or why it was not held. A
 * correction is checked against the version the form showed.
 */
export function OutcomeForm({ meetingId, outcome, signedUp, departments }: Props) {
  const t = useTranslations('Outcomes');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: outcomeSchema,
    action: recordOutcomeAction,
    defaultValues: {
      meetingId,
      expectedVersion: outcome?.version ?? 0,
      held: outcome ? (outcome.held ? 'held' : 'not_held') : undefined,
      organisations: (outcome?.held ? outcome.organisations : signedUp).join('\n'),
      organisationCount: outcome?.organisation_count ?? undefined,
      departmentIds: outcome?.departments.map((row) => row.department_id) ?? [],
      notHeldReason: outcome?.not_held_reason ?? '',
      note: outcome?.note ?? '',
    },
    // A further correction builds on what was just saved.
    onSuccess: (saved) => {
      form.setValue('expectedVersion', saved.version);
      router.refresh();
    },
  });
  // Without a script both parts show (a choice cannot reveal one); with one, the part that applies.
  const chosen = form.watch('held');
  const held = useScripted() ? chosen : undefined;
  return (
    <ActionForm name="outcome" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={outcome ? t('correct') : t('record')}>
      <HiddenField name="meetingId" />
      <HiddenField name="expectedVersion" />
      <RadioField
        name="held"
        label={t('heldLegend')}
        required
        options={[
          { value: 'held', label: t('heldOption') },
          { value: 'not_held', label: t('notHeldOption') },
        ]}
      />
      {held !== 'not_held' ? (
        <fieldset className="space-y-5 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t('heldPart')}</legend>
          <TextAreaField name="organisations" rows={6} label={t('organisations')} hint={signedUp.length > 0 ? t('organisationsHintSignedUp') : t('organisationsHint')} />
          <TextField name="organisationCount" type="number" label={t('organisationCount')} hint={t('organisationCountHint')} />
          {departments.length > 0 ? (
            <CheckboxList name="departmentIds" legend={t('departments')} hint={t('departmentsHint')} options={departments.map(({ id, name }) => ({ value: id, label: name }))} />
          ) : (
            <p className="text-slate-700">{t('noDepartments')}</p>
          )}
        </fieldset>
      ) : null}
      {held !== 'held' ? (
        <fieldset className="space-y-5 rounded border border-slate-300 p-4">
          <legend className="px-1 font-semibold">{t('notHeldPart')}</legend>
          <SelectField name="notHeldReason" label={t('reason')} required placeholder={t('reasonPlaceholder')} options={NOT_HELD_REASONS.map((reason) => ({ value: reason, label: t(`reason_${reason}`) }))} />
          <TextAreaField name="note" rows={3} label={t('note')} hint={t('noteHint')} />
        </fieldset>
      ) : null}
    </ActionForm>
  );
}
