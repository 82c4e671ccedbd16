'use client';

import { useTranslations } from 'next-intl';
import { Disclosure } from '@/components/ui/disclosure';
import { ActionForm } from '@/components/ui/form/action-form';
import { HiddenField, TextAreaField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { waiveMinutesAction } from '@/lib/actions/summary';
import { useRouter } from '@/lib/i18n/navigation';
import { minutesWaiverSchema } from '@/lib/schemas/summary';

/** Why a held meeting's minutes will not be approved: the summary states it, and publishing can go on. */
export function WaiverForm({ meetingId, meeting }: { meetingId: string; meeting: string }) {
  const t = useTranslations('SummaryWaivers');
  const router = useRouter();
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: minutesWaiverSchema,
    action: waiveMinutesAction,
    defaultValues: { meetingId, reason: '' },
    onSuccess: () => router.refresh(),
  });
  const failed = formError !== null || Object.keys(form.formState.errors).length > 0;
  return (
    <Disclosure open={failed || saved} className="mt-2" summary={t('waive')}>
      <div className="mt-3">
        <ActionForm name={`waiver-${meetingId}`} form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={t('save')}>
          <HiddenField name="meetingId" />
          <TextAreaField name="reason" rows={3} label={t('reason', { meeting })} hint={t('reasonHint')} required />
        </ActionForm>
      </div>
    </Disclosure>
  );
}
