'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, SelectField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { createAssumptionAction, editAssumptionAction } from '@/lib/actions/assumptions';
import { useRouter } from '@/lib/i18n/navigation';
import { assumptionEditSchema, assumptionSchema } from '@/lib/schemas/assumptions';
import { ASSUMPTION_KINDS, type AssumptionKind } from '@/lib/workflow/opinions';

function TextFields() {
  const t = useTranslations('Assumptions');
  return (
    <>
      <TextField name="title" label={t('titleField')} required />
      <TextAreaField name="body" label={t('bodyField')} rows={10} required />
    </>
  );
}

/** A new assumption of one of the teams the user writes for (the only ones offered). */
export function NewAssumptionForm({
  programmeId,
  teams,
  nextNumbers,
}: {
  programmeId: string;
  teams: { id: string; name: string }[];
  /** The next free number of each kind, as a hint. */
  nextNumbers: Record<AssumptionKind, number>;
}) {
  const t = useTranslations('Assumptions');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: assumptionSchema,
    action: createAssumptionAction,
    defaultValues: { programmeId, teamId: teams.length === 1 ? teams[0]!.id : '', number: '', title: '', body: '' },
    onSuccess: (created) => router.push(`/panel/zalozenia/${created.id}?saved=created`),
  });
  return (
    <ActionForm name="new-assumption" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved.created')} submitLabel={t('create')}>
      <HiddenField name="programmeId" />
      <SelectField name="teamId" label={t('team')} placeholder={t('chooseTeam')} options={teams.map((team) => ({ value: team.id, label: team.name }))} required />
      <div className="grid gap-5 sm:grid-cols-2">
        <SelectField
          name="kind"
          label={t('kindLabel')}
          placeholder={t('chooseKind')}
          options={ASSUMPTION_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          required
        />
        <TextField name="number" type="number" label={t('numberField')} hint={t('numberHint', nextNumbers)} required />
      </div>
      <TextFields />
    </ActionForm>
  );
}

/** The revision saved by someone else meanwhile, as the edit action's refusal carries it. */
function theirsFrom(formError: { key: string; values?: Record<string, string> } | null) {
  const values = formError?.key === 'assumptionConflict' ? formError.values : undefined;
  return values ? { revision: Number(values.revision), savedAt: values.savedAt ?? '', title: values.title ?? '', body: values.body ?? '' } : null;
}

interface Revision {
  revision: number;
  /** When it was last saved: a correction in place keeps the number but not this. */
  savedAt: string;
  title: string;
  body: string;
}

/**
 * The text of an assumption, starting from its current revision. Someone else's save in the
 * meantime is never overwritten: their text appears beside what was typed (which stays), and the
 * next save is based on their revision, so it replaces their text knowingly.
 */
export function EditAssumptionForm({ assumptionId, current }: { assumptionId: string; current: Revision }) {
  const t = useTranslations('Assumptions');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: assumptionEditSchema,
    action: editAssumptionAction,
    defaultValues: { id: assumptionId, basedOn: current.revision, basedOnSavedAt: current.savedAt, title: current.title, body: current.body },
    onSuccess: () => router.push(`/panel/zalozenia/${assumptionId}?saved=edited`),
  });
  const theirs = theirsFrom(formError);
  const basis = theirs ?? current;
  useEffect(() => {
    form.setValue('basedOn', basis.revision);
    form.setValue('basedOnSavedAt', basis.savedAt);
  }, [form, basis.revision, basis.savedAt]);

  return (
    <div className={theirs ? 'grid gap-8 lg:grid-cols-2' : ''}>
      {theirs ? (
        <section aria-labelledby="theirs-heading" className="order-last rounded border-2 border-amber-600 bg-amber-50 p-4 lg:order-none">
          <h2 id="theirs-heading" className="text-xl font-semibold">
            {t('conflictHeading', { revision: theirs.revision })}
          </h2>
          <p className="mt-1 text-sm text-slate-800">{t('conflictHint')}</p>
          <p className="mt-3 font-semibold">{theirs.title}</p>
          <p className="mt-2 whitespace-pre-wrap">{theirs.body}</p>
        </section>
      ) : null}
      <ActionForm name="edit-assumption" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved.edited')} submitLabel={t('save')}>
        <HiddenField name="id" />
        {/* Without a script, the page that shows a conflict posts the revision it showed. */}
        <input type="hidden" defaultValue={basis.revision} {...form.register('basedOn')} />
        <input type="hidden" defaultValue={basis.savedAt} {...form.register('basedOnSavedAt')} />
        <TextFields />
      </ActionForm>
    </div>
  );
}
