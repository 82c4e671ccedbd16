'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type FormEvent, type MouseEvent, type ReactNode } from 'react';
import { FormProvider, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fieldId, FormNameContext, useMessage, useValidationMessage } from './fields';
import { primaryButton } from '@/components/ui/styles';

interface Props<Values extends FieldValues> {
  /** Unique on the page: it prefixes the ids of the form's fields. */
  name: string;
  form: UseFormReturn<Values, unknown, FieldValues>;
  onSubmit: () => void;
  /** Where the browser posts the form when its script has not run (useActionForm's `action`). */
  action: (formData: FormData) => void;
  formError: { key: string; values?: Record<string, string> } | null;
  saved: boolean;
  /** Said once the save succeeded (role=status); "Saved." if not given. */
  savedMessage?: string;
  submitLabel: string;
  /** Ask before submitting (for what cannot simply be undone): valid input first, then this question. */
  confirm?: { title: string; description: string; confirmLabel: string };
  /** Why submitting makes no sense yet: the button is disabled and says why (the server refuses the same anyway). */
  submitBlocked?: string;
  /** The form takes the page's width (for a wide table in it); its fields set their own. */
  wide?: boolean;
  children: ReactNode;
}

/**
 * A form with what people expect around it: an error summary at the top that takes the focus and
 * links to each field, a submit button that says it is working, and a word when it saved.
 *
 * It always posts: without its script the browser sends it to the server action, never as a GET
 * that would put the fields in the address. A question before submitting opens without a script
 * too (the button's `commandfor`), and its confirm button is the one that submits.
 */
export function ActionForm<Values extends FieldValues>({
  name,
  form,
  onSubmit,
  action,
  formError,
  saved,
  savedMessage,
  submitLabel,
  confirm,
  submitBlocked,
  wide = false,
  children,
}: Props<Values>) {
  const t = useTranslations('Forms');
  const errorMessage = useMessage('Errors');
  const validationMessage = useValidationMessage();
  const summary = useRef<HTMLDivElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);
  const { errors, isSubmitting, submitCount } = form.formState;
  const fieldErrors = Object.entries(errors as FieldErrors).filter(([, error]) => error?.message);

  useEffect(() => {
    if (formError || fieldErrors.length > 0) summary.current?.focus();
    // Focus moves once per attempt, not on every keystroke that changes the errors.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount, formError]);

  const formId = `${name}-form`;
  const blockedId = `${name}-blocked`;
  const dialogId = `${name}-confirm`;

  // Invalid input goes straight to the summary; valid input is confirmed first.
  const ask = async () => {
    if (await form.trigger()) dialog.current?.showModal();
    else onSubmit();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Enter in a field asks first; only the dialog's confirm button goes on.
    if (confirm && !dialog.current?.open) return void ask();
    dialog.current?.close();
    onSubmit();
  };

  // Without a script, `commandfor` opens the question; with one, the input is checked first.
  const askFirst = (event: MouseEvent) => {
    event.preventDefault();
    void ask();
  };
  const submitButtonRole = confirm ? ({ type: 'button', command: 'show-modal', commandfor: dialogId, onClick: askFirst } as const) : ({ type: 'submit' } as const);

  return (
    <FormNameContext.Provider value={name}>
      <FormProvider {...form}>
        <form id={formId} action={action} noValidate onSubmit={submit} className={wide ? 'space-y-5' : 'max-w-2xl space-y-5'}>
          {confirm ? (
            // Enter in a field presses the form's first submit button (else the dialog's confirm button).
            // This one only closes a dialog, and the form is in none: without a script Enter submits
            // nothing, so it cannot skip the question; with one, the submit handler asks it.
            <button type="submit" formMethod="dialog" hidden aria-hidden="true" tabIndex={-1} />
          ) : null}
          {formError || fieldErrors.length > 0 ? (
            <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${name}-errors-title`} className="rounded border-2 border-red-700 bg-red-50 p-4">
              <h2 id={`${name}-errors-title`} className="font-semibold text-red-800">
                {t('errorSummary')}
              </h2>
              <ul className="mt-2 list-disc pl-5 text-red-800">
                {formError ? <li>{errorMessage(formError.key, formError.values) ?? errorMessage('unexpected')}</li> : null}
                {fieldErrors.map(([field, error]) => (
                  <li key={field}>
                    <a href={`#${fieldId(name, field)}`} className="underline">
                      {validationMessage(error?.message)}
                    </a>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <p className="text-sm text-slate-700">{t('requiredNote')}</p>
          {children}
          <div className="flex flex-wrap items-center gap-4">
            <button
              ref={submitButton}
              {...submitButtonRole}
              disabled={isSubmitting || submitBlocked !== undefined}
              aria-disabled={isSubmitting || submitBlocked !== undefined}
              aria-describedby={submitBlocked ? blockedId : undefined}
              className={primaryButton}
            >
              {isSubmitting ? t('working') : submitLabel}
            </button>
            {submitBlocked ? (
              <p id={blockedId} className="font-medium text-red-800">
                {submitBlocked}
              </p>
            ) : null}
            <p role="status" className="text-green-800">
              {saved ? (savedMessage ?? t('saved')) : ''}
            </p>
          </div>
        </form>
        {confirm ? (
          <ConfirmDialog ref={dialog} id={dialogId} {...confirm} form={formId} onClose={() => submitButton.current?.focus()} />
        ) : null}
      </FormProvider>
    </FormNameContext.Provider>
  );
}
