'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, useTransition } from 'react';
import { secondaryButton } from '@/components/ui/styles';
import { ConfirmDialog } from './confirm-dialog';

interface Props {
  label: string;
  title: string;
  /** What will happen, in plain words, including who gets an e-mail. */
  description: string;
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
}

/** A button for something that cannot simply be undone: it asks first, then gives the focus back to the button. */
export function ConfirmButton({ label, title, description, confirmLabel, onConfirm }: Props) {
  const tErrors = useTranslations('Errors');
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const confirm = () =>
    startTransition(async () => {
      setError(await onConfirm());
      dialog.current?.close();
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
      <ConfirmDialog
        ref={dialog}
        id={id}
        title={title}
        description={description}
        confirmLabel={confirmLabel}
        pending={pending}
        onConfirm={confirm}
        onClose={() => opener.current?.focus()}
      />
    </>
  );
}
