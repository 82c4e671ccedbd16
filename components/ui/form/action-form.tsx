'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { FormProvider, type FieldErrors, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { fieldId, FormNameContext, useValidationMessage } from './fields';
import { primaryButton } from '@/components/ui/styles';

interface Props<Values extends FieldValues> {
  /** Unique on the page: it prefixes the ids of the form's fields. */
  name: string;
  form: UseFormReturn<Values, unknown, FieldValues>;
  onSubmit: () => void;
  formError: { key: string; values?: Record<string, string> } | null;
  saved: boolean;
  /** Said once the save succeeded (role=status). */
  savedMessage?: string;
  submitLabel: string;
  /** Ask before submitting (for what cannot simply be undone): valid input first, then this question. */
  confirm?: { title: string; description: string; confirmLabel: string };
  children: ReactNode;
}

/**
 * A form with what people expect around it: an error summary at the top that takes the focus and
 * links to each field, a submit button that says it is working, and a word when it saved.
 */
export function ActionForm<Values extends FieldValues>({ name, form, onSubmit, formError, saved, savedMessage, submitLabel, confirm, children }: Props<Values>) {
  const t = useTranslations('Forms');
  const tErrors = useTranslations('Errors');
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Invalid input goes straight to the summary; valid input is confirmed first.
    if (confirm && (await form.trigger())) dialog.current?.showModal();
    else onSubmit();
  };

  return (
    <FormNameContext.Provider value={name}>
      <FormProvider {...form}>
        <form noValidate onSubmit={submit} className="max-w-2xl space-y-5">
          {formError || fieldErrors.length > 0 ? (
            <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${name}-errors-title`} className="rounded border-2 border-red-700 bg-red-50 p-4">
              <h2 id={`${name}-errors-title`} className="font-semibold text-red-800">
                {t('errorSummary')}
              </h2>
              <ul className="mt-2 list-disc pl-5 text-red-800">
                {formError ? <li>{tErrors(formError.key, formError.values)}</li> : null}
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
          <div className="flex items-center gap-4">
            <button
              ref={submitButton}
              type="submit"
              disabled={isSubmitting}
              aria-disabled={isSubmitting}
              className={primaryButton}
            >
              {isSubmitting ? t('working') : submitLabel}
            </button>
            <p role="status" className="text-green-800">
              {saved && savedMessage ? savedMessage : ''}
            </p>
          </div>
        </form>
        {confirm ? (
          <ConfirmDialog
            ref={dialog}
            {...confirm}
            onConfirm={() => {
              dialog.current?.close();
              onSubmit();
            }}
            onClose={() => submitButton.current?.focus()}
          />
        ) : null}
      </FormProvider>
    </FormNameContext.Provider>
  );
}
