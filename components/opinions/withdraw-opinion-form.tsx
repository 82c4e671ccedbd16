'use client';

import { useTranslations } from 'next-intl';
import { ButtonForm } from '@/components/ui/form/button-form';
import { withdrawOpinionAction } from '@/lib/actions/opinions';
import { useOpinionMessage } from './use-opinion-message';

/** Back to a draft, the text kept, until the coordinator decides; asked first, with or without JavaScript. */
export function WithdrawOpinionForm({ requestId }: { requestId: string }) {
  const t = useTranslations('Opinions');
  const message = useOpinionMessage();
  return (
    <ButtonForm
      action={withdrawOpinionAction}
      values={{ requestId }}
      label={t('withdraw')}
      message={message}
      confirm={{ title: t('withdrawTitle'), description: t('withdrawText'), confirmLabel: t('withdrawConfirm') }}
    />
  );
}
