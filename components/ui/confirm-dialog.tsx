'use client';

import { useTranslations } from 'next-intl';
import { forwardRef } from 'react';
import { primaryButton, secondaryButton } from '@/components/ui/styles';

interface Props {
  /** The id a button opens it by (`commandfor`), which works before any script has run. */
  id: string;
  title: string;
  /** What will happen, in plain words, including who gets an e-mail. */
  description: string;
  confirmLabel: string;
  pending?: boolean;
  /** Confirming submits this form (with or without a script)… */
  form?: string;
  /** …sending this as its submitter's name and value (what the form should do). */
  submitter?: { name: string; value: string };
  /** …or calls this. */
  onConfirm?: () => void;
  /** Where the focus goes back when the dialog closes. */
  onClose: () => void;
}

/** A modal question before something that cannot simply be undone: keyboard stays inside, Escape closes. */
export const ConfirmDialog = forwardRef<HTMLDialogElement, Props>(function ConfirmDialog(
  { id, title, description, confirmLabel, pending = false, form, submitter, onConfirm, onClose },
  ref,
) {
  const t = useTranslations('Forms');
  const close = () => (typeof ref === 'object' && ref?.current ? ref.current.close() : undefined);
  return (
    <dialog ref={ref} id={id} aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} onClose={onClose} className="m-auto max-w-md rounded-lg p-6 backdrop:bg-slate-900/50">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <p id={`${id}-description`} className="mt-3 text-slate-800">
        {description}
      </p>
      <div className="mt-6 flex gap-3">
        <button {...(form ? ({ type: 'submit', form, ...submitter } as const) : ({ type: 'button', onClick: onConfirm } as const))} disabled={pending} className={primaryButton}>
          {pending ? t('working') : confirmLabel}
        </button>
        <button type="button" command="close" commandfor={id} onClick={close} className={secondaryButton}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
});
