'use client';

import { useTranslations } from 'next-intl';
import { useRef, useState, useTransition } from 'react';
import { primaryButton, secondaryButton } from '@/components/ui/styles';

interface Props {
  label: string;
  title: string;
  /** What will happen, in plain words, including who gets an e-mail. */
  description: string;
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
}

/**
 * A button for something that cannot simply be undone: it asks first, in a modal dialog that
 * keeps the keyboard inside, closes with Escape, and gives the focus back to the button.
 */
export function ConfirmButton({ label, title, description, confirmLabel, onConfirm }: Props) {
  const t = useTranslations('Forms');
  const tErrors = useTranslations('Errors');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  const confirm = () =>
    startTransition(async () => {
      const failure = await onConfirm();
      setError(failure);
      close();
    });

  return (
    <>
      <button ref={opener} type="button" onClick={() => dialog.current?.showModal()} className={secondaryButton}>
        {label}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-red-800">
          {tErrors(error)}
        </p>
      ) : null}
      <dialog ref={dialog} aria-labelledby="confirm-title" aria-describedby="confirm-description" onClose={() => opener.current?.focus()} className="m-auto max-w-md rounded-lg p-6 backdrop:bg-slate-900/50">
        <h2 id="confirm-title" className="text-xl font-semibold">
          {title}
        </h2>
        <p id="confirm-description" className="mt-3 text-slate-800">
          {description}
        </p>
        <div className="mt-6 flex gap-3">
          <button type="button" onClick={confirm} disabled={pending} className={primaryButton}>
            {pending ? t('working') : confirmLabel}
          </button>
          <button type="button" onClick={close} className={secondaryButton}>
            {t('cancel')}
          </button>
        </div>
      </dialog>
    </>
  );
}
