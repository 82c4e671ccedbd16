'use client';

import { useTranslations } from 'next-intl';
import type { Ref } from 'react';
import type { DraftMessages } from './draft-status';

/** The ids of a draft form's fields: `opinion-justification`, `minutes-agenda`. */
export const draftFieldId = (form: string, name: string) => `${form}-${name}`;
export const draftDescribedBy = (form: string, name: string, failed: boolean) =>
  [`${draftFieldId(form, name)}-hint`, failed ? `${draftFieldId(form, name)}-error` : null].filter(Boolean).join(' ');
const controlClass = 'block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

export function DraftFieldError({ form, name, text }: { form: string; name: string; text: string }) {
  return (
    <p id={`${draftFieldId(form, name)}-error`} className="text-sm font-medium text-red-800">
      {text}
    </p>
  );
}

interface TextAreaProps {
  form: string;
  name: string;
  label: string;
  /** "required to submit" or "optional", said in words next to the label. */
  requirement: string;
  required?: boolean;
  hint: string;
  rows: number;
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}

/** One text of a draft form: label, its requirement in words, hint, error next to it, and the control. */
export function DraftTextArea({ form, name, label, requirement, required = false, hint, rows, value, onChange, error }: TextAreaProps) {
  const id = draftFieldId(form, name);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label} <span className="font-normal text-slate-700">({requirement})</span>
      </label>
      <p id={`${id}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      {error ? <DraftFieldError form={form} name={name} text={error} /> : null}
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={draftDescribedBy(form, name, Boolean(error))}
        className={controlClass}
      />
    </div>
  );
}

/** The errors of a draft form at its top, taking the focus, each linking to its field. */
export function DraftErrorSummary({
  messages,
  form,
  summary,
  formError,
  fieldErrors,
  message,
  title,
}: {
  messages: DraftMessages;
  /** The summary's heading, if not the namespace's `errorSummary`. */
  title?: string;
  form: string;
  summary: Ref<HTMLDivElement>;
  formError?: string;
  fieldErrors: [string, string][];
  message: (key: string | null | undefined) => string;
}) {
  const t = useTranslations(messages);
  if (!formError && fieldErrors.length === 0) return null;
  return (
    <div ref={summary} tabIndex={-1} role="alert" aria-labelledby={`${form}-errors-title`} className="rounded border-2 border-red-700 bg-red-50 p-4">
      <h3 id={`${form}-errors-title`} className="font-semibold text-red-800">
        {title ?? t('errorSummary')}
      </h3>
      <ul className="mt-2 list-disc pl-5 text-red-800">
        {formError ? <li>{message(formError)}</li> : null}
        {fieldErrors.map(([name, key]) => (
          <li key={name}>
            <a href={`#${draftFieldId(form, name)}`} className="underline">
              {message(key)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
