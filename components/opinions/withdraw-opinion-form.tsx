'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { isRedirect } from '@/components/ui/form/use-action-form';
import { secondaryButton } from '@/components/ui/styles';
import { withdrawOpinionAction } from '@/lib/actions/opinions';
import { useOpinionMessage } from './use-opinion-message';

/** Back to a draft, the text kept, until the coordinator decides; asked first, with or without JavaScript. */
export function WithdrawOpinionForm({ requestId }: { requestId: string }) {
  const t = useTranslations('Opinions');
  const message = useOpinionMessage();
  const [posted, action] = useActionState(withdrawOpinionAction, null);
  const [error, setError] = useState(posted && !posted.ok ? (posted.formError ?? 'unexpected') : null);
  const [pending, setPending] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    try {
      // On success the action moves to the page again, with the draft back.
      const result = await withdrawOpinionAction({ requestId });
      if (!result.ok) setError(result.formError ?? 'unexpected');
    } catch (error) {
      if (isRedirect(error)) return; // on to the draft, back
      setError('offline');
    } finally {
      setPending(false);
      dialog.current?.close();
    }
  };

  return (
    <form id="withdraw-form" action={action} onSubmit={onSubmit}>
      <input type="hidden" name="requestId" value={requestId} />
      <button ref={opener} type="button" command="show-modal" commandfor="withdraw-confirm" disabled={pending} className={secondaryButton}>
        {t('withdraw')}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-red-800">
          {message(error)}
        </p>
      ) : null}
      <ConfirmDialog
        ref={dialog}
        id="withdraw-confirm"
        title={t('withdrawTitle')}
        description={t('withdrawText')}
        confirmLabel={t('withdrawConfirm')}
        pending={pending}
        form="withdraw-form"
        onClose={() => opener.current?.focus()}
      />
    </form>
  );
}
