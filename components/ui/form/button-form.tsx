'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useId, useRef, useState, type FormEvent } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { secondaryButton } from '@/components/ui/styles';
import type { FormAction } from '@/lib/actions/result';
import { useRouter } from '@/lib/i18n/navigation';
import { isRedirect } from './use-action-form';

interface Props {
  action: FormAction<unknown>;
  /** What the form sends, as hidden fields. */
  values: Record<string, string | number>;
  label: string;
  /** Ask first (for what cannot simply be undone). */
  confirm?: { title: string; description: string; confirmLabel: string };
  /** A refusal's key in words; the app's messages (`Errors`) if not given. */
  message?: (key: string) => string;
}

/**
 * A form that is one button: it posts its hidden values to a server action, with or without a
 * script (then the page comes back with the action's answer), asking first when told to, and
 * shows the page anew when done (or goes where the action redirects), or says why not.
 */
export function ButtonForm({ action, values, label, confirm, message }: Props) {
  const tErrors = useTranslations('Errors');
  const say = message ?? ((key: string) => tErrors(tErrors.has(key) ? key : 'unexpected'));
  const tForms = useTranslations('Forms');
  const router = useRouter();
  const id = useId();
  const [posted, postAction] = useActionState(action, null);
  const [error, setError] = useState(posted && !posted.ok ? (posted.formError ?? 'unexpected') : null);
  const [pending, setPending] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await action(values);
      if (result.ok) router.refresh();
      else setError(result.formError ?? 'unexpected');
    } catch (thrown) {
      if (isRedirect(thrown)) return; // the action moves on to another page
      setError('offline');
    } finally {
      setPending(false);
      dialog.current?.close();
    }
  };

  const formId = `${id}-form`;
  const dialogId = `${id}-confirm`;
  return (
    <form id={formId} action={postAction} onSubmit={onSubmit}>
      {Object.entries(values).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        ref={opener}
        {...(confirm ? ({ type: 'button', command: 'show-modal', commandfor: dialogId } as const) : ({ type: 'submit' } as const))}
        disabled={pending}
        className={secondaryButton}
      >
        {pending && !confirm ? tForms('working') : label}
      </button>
      {error ? (
        <p role="alert" className="mt-2 text-red-800">
          {say(error)}
        </p>
      ) : null}
      {confirm ? <ConfirmDialog ref={dialog} id={dialogId} {...confirm} pending={pending} form={formId} onClose={() => opener.current?.focus()} /> : null}
    </form>
  );
}
