'use client';

import { useTranslations } from 'next-intl';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextAreaField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { publishSummaryAction } from '@/lib/actions/summary-publish';
import { useRouter } from '@/lib/i18n/navigation';
import { correctSummarySchema, publishSummarySchema } from '@/lib/schemas/summary-publish';

interface Props {
  roundId: string;
  draftVersion: number;
  /** The fingerprint of the document the preview above shows. */
  previewed: string;
  /** The number the next version gets: above 1, it is a correction and says what it changes. */
  nextVersion: number;
  recipients: number;
}

/** Publishing asks first (it cannot be undone), then shows the published version as the public sees it. */
export function PublishSummaryForm({ roundId, draftVersion, previewed, nextVersion, recipients }: Props) {
  const t = useTranslations('SummaryPublish');
  const router = useRouter();
  const correction = nextVersion > 1;
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: correction ? correctSummarySchema : publishSummarySchema,
    action: publishSummaryAction,
    defaultValues: { roundId, draftVersion, previewed, changeNote: '' },
    onSuccess: (number) => router.push(`/tury/${roundId}/podsumowanie/${number}`),
  });
  return (
    <ActionForm
      name="publish-summary"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={postedData ? t('published', { version: postedData }) : undefined}
      submitLabel={correction ? t('submitCorrection', { version: nextVersion }) : t('submit')}
      confirm={{
        title: correction ? t('confirmCorrectionTitle', { version: nextVersion }) : t('confirmTitle'),
        description: t('confirmDescription', { recipients }),
        confirmLabel: t('confirm'),
      }}
    >
      <HiddenField name="roundId" />
      <HiddenField name="draftVersion" />
      <HiddenField name="previewed" />
      {correction ? <TextAreaField name="changeNote" label={t('changeNote')} hint={t('changeNoteHint')} rows={4} required /> : <HiddenField name="changeNote" />}
    </ActionForm>
  );
}
