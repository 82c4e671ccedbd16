'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxGroup, CheckboxOption } from '@/components/ui/form/checkbox-group';
import { HiddenField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { openAssumptionsAction } from '@/lib/actions/assumptions';
import { useRouter } from '@/lib/i18n/navigation';
import { openAssumptionsSchema } from '@/lib/schemas/assumptions';

/**
 * Opens draft assumptions for opinions, after a question: those ticked among `choices`, or the one
 * `assumptionId` names (a single button). Then the page at `returnTo` says so.
 */
export function OpenAssumptionsForm(props: { returnTo: string } & ({ choices: { id: string; label: string }[] } | { assumptionId: string })) {
  const t = useTranslations('Assumptions');
  const router = useRouter();
  const choices = 'choices' in props ? props.choices : null;
  const { returnTo } = props;
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: openAssumptionsSchema,
    action: openAssumptionsAction,
    defaultValues: { assumptionIds: 'assumptionId' in props ? [props.assumptionId] : [] },
    onSuccess: () => router.push(`${returnTo}?saved=opened`),
  });
  return (
    <ActionForm
      name="open-assumptions"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('opened', { count: postedData ?? 0 })}
      submitLabel={choices ? t('openChosen') : t('open')}
      confirm={{ title: t('openConfirmTitle'), description: t('openConfirmDescription'), confirmLabel: t('openConfirm') }}
    >
      {choices ? (
        <CheckboxGroup name="assumptionIds" legend={t('openLegend')} hint={t('openHint')} required>
          <ul className="space-y-1">
            {choices.map((assumption) => (
              <CheckboxOption key={assumption.id} name="assumptionIds" value={assumption.id}>
                {assumption.label}
              </CheckboxOption>
            ))}
          </ul>
        </CheckboxGroup>
      ) : (
        <HiddenField name="assumptionIds" />
      )}
    </ActionForm>
  );
}
