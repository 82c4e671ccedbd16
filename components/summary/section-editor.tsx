'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';
import { Disclosure } from '@/components/ui/disclosure';
import { ActionForm } from '@/components/ui/form/action-form';
import { ButtonForm } from '@/components/ui/form/button-form';
import { HiddenField, TextAreaField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { restoreSummarySectionAction, saveSummarySectionAction } from '@/lib/actions/summary';
import { useRouter } from '@/lib/i18n/navigation';
import { summarySectionSchema } from '@/lib/schemas/summary';
import type { SummarySectionId } from '@/lib/summary/types';

interface Props {
  roundId: string;
  /** The draft's version this page shows. */
  version: number;
  section: SummarySectionId;
  heading: string;
  /** The section's prose as it stands, as the editor shows it. */
  text: string;
  edited: boolean;
  /** What the form's hint says: how to write prose, that tables and charts stay generated, or what the next step needs. */
  hint: string;
}

/**
 * A section's text, rewritten by the coordinator in a disclosure under the section's heading, and
 * "back to the generated text" once it is rewritten. The preview below shows the result.
 */
export function SectionEditor({ roundId, version, section, heading, text, edited, hint }: Props) {
  const t = useTranslations('SummaryEditor');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: summarySectionSchema,
    action: saveSummarySectionAction,
    defaultValues: { roundId, expectedVersion: version, section, text },
    onSuccess: () => router.refresh(),
  });
  // Each save (here or in another section) shows the page anew: the next save builds on the version it shows.
  useEffect(() => form.setValue('expectedVersion', version), [form, version]);
  // Saved elsewhere meanwhile: show what was saved; what was typed here stays in the form.
  useEffect(() => {
    if (formError?.key === 'summaryConflict') router.refresh();
  }, [formError, router]);
  const failed = formError !== null || Object.keys(form.formState.errors).length > 0;

  return (
    <Disclosure open={failed || saved} className="mb-4 rounded border border-slate-300 bg-slate-50 p-3 print:hidden" summary={t(edited ? 'editAgain' : 'edit', { heading })}>
      <div className="mt-4 space-y-4">
        <ActionForm
          name={`summary-${section}`}
          form={form}
          onSubmit={onSubmit}
          action={action}
          formError={formError}
          saved={saved}
          savedMessage={t('saved')}
          submitLabel={t('save')}
        >
          <HiddenField name="roundId" />
          {/* The version this page shows, not the one a refused post sent: after a conflict, saving again builds on what is saved now. */}
          <input type="hidden" name="expectedVersion" value={version} />
          <HiddenField name="section" />
          <TextAreaField name="text" rows={10} label={t('textLabel', { heading })} hint={hint} required />
        </ActionForm>
        {edited ? (
          <ButtonForm
            action={restoreSummarySectionAction}
            values={{ roundId, expectedVersion: version, section }}
            label={t('restore')}
            confirm={{ title: t('restoreTitle'), description: t('restoreText', { heading }), confirmLabel: t('restoreConfirm') }}
          />
        ) : null}
      </div>
    </Disclosure>
  );
}
