'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, RadioField, TextAreaField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { decideOpinionAction } from '@/lib/actions/decisions';
import { useRouter } from '@/lib/i18n/navigation';
import { correctionSchema, decisionSchema } from '@/lib/schemas/decisions';
import { DECISION_OUTCOMES } from '@/lib/workflow/opinions';

/**
 * The coordinator's decision on an opinion, or its correction. Asks first, saying who gets the
 * e-mail; the page then shows the decision in the history, and this form corrects it.
 */
export function DecisionForm({ opinionId, correcting, department }: { opinionId: string; correcting: boolean; department: string }) {
  const t = useTranslations('Decisions');
  const router = useRouter();
  const empty = { opinionId, outcome: undefined, justification: '' };
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: correcting ? correctionSchema : decisionSchema,
    action: decideOpinionAction,
    defaultValues: empty,
    onSuccess: () => {
      form.reset(empty);
      router.refresh();
    },
  });
  return (
    <ActionForm
      name="decision"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('decided')}
      submitLabel={correcting ? t('correct') : t('decide')}
      confirm={{
        title: correcting ? t('confirmCorrectionTitle') : t('confirmTitle'),
        description: t('confirmDescription', { department }),
        confirmLabel: correcting ? t('confirmCorrect') : t('confirmDecide'),
      }}
    >
      <HiddenField name="opinionId" />
      <RadioField name="outcome" label={t('outcome')} required options={DECISION_OUTCOMES.map((outcome) => ({ value: outcome, label: t(`states.${outcome}`) }))} />
      <TextAreaField name="justification" label={t('justification')} required={correcting} hint={correcting ? t('correctionJustificationHint') : t('justificationHint')} rows={6} />
    </ActionForm>
  );
}
