'use client';

import { useTranslations } from 'next-intl';
import { forwardRef, useId } from 'react';
import { primaryButton, secondaryButton } from '@/components/ui/styles';

interface Props {
  title: string;
  /** What will happen, in plain words, including who gets an e-mail. */
  description: string;
  confirmLabel: string;
  pending?: boolean;
  onConfirm: () => void;
  /** Where the focus goes back when the dialog closes. */
  onClose: () => void;
}

/** A modal question before something that cannot simply be undone: keyboard stays inside, Escape closes. */
export const ConfirmDialog = forwardRef<HTMLDialogElement, Props>(function ConfirmDialog(
  { title, description, confirmLabel, pending = false, onConfirm, onClose },
  ref,
) {
  const t = useTranslations('Forms');
  const id = useId();
  const close = () => (typeof ref === 'object' && ref?.current ? ref.current.close() : undefined);
  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} aria-describedby={`${id}-description`} onClose={onClose} className="m-auto max-w-md rounded-lg p-6 backdrop:bg-slate-900/50">
      <h2 id={`${id}-title`} className="text-xl font-semibold">
        {title}
      </h2>
      <p id={`${id}-description`} className="mt-3 text-slate-800">
        {description}
      </p>
      <div className="mt-6 flex gap-3">
        <button type="button" onClick={onConfirm} disabled={pending} className={primaryButton}>
          {pending ? t('working') : confirmLabel}
        </button>
        <button type="button" onClick={close} className={secondaryButton}>
          {t('cancel')}
        </button>
      </div>
    </dialog>
  );
});
