'use client';

import { useTranslations } from 'next-intl';
import { createContext, useContext, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';

/** The form's own name, so that two forms on one page never share a field id. */
export const FormNameContext = createContext('form');

/** The id of a field's control, which the error summary links to. */
export const fieldId = (form: string, name: string) => `${form}-${name.replace(/\W/g, '-')}`;
const useFieldId = (name: string) => fieldId(useContext(FormNameContext), name);

/**
 * The value a field shows in the server's HTML. react-hook-form fills its fields only once its
 * script runs; a form must read right, and post right, before that (or without it).
 */
function useDefaultValue(name: string): unknown {
  return useFormContext().formState.defaultValues?.[name];
}

const asText = (value: unknown) => (value === undefined || value === null ? undefined : String(value));

/** A value the form carries but does not show, such as the id of what it changes. */
export function HiddenField({ name }: { name: string }) {
  const { register } = useFormContext();
  return <input type="hidden" defaultValue={asText(useDefaultValue(name))} {...register(name)} />;
}

/**
 * A message key in words: a key of the shared namespace (`Validation`, `Errors`), or a feature's
 * own written in full ("Signups.errors.closed"); null for a key we do not know.
 */
export function useMessage(namespace: 'Validation' | 'Errors') {
  const shared = useTranslations(namespace);
  const all = useTranslations();
  return (key: unknown, values?: Record<string, string>) =>
    typeof key !== 'string' ? null : shared.has(key) ? shared(key, values) : all.has(key) ? all(key, values) : null;
}

/** A validation message key in words; a key we do not know (a library's own message) reads as a generic one. */
export function useValidationMessage() {
  const message = useMessage('Validation');
  const t = useTranslations('Validation');
  return (key: unknown) => message(key) ?? t('invalid');
}

interface FieldProps {
  name: string;
  label: string;
  required?: boolean;
  hint?: string;
}

/** The help under a label; the control points to it with aria-describedby. */
function Hint({ id, text }: { id: string; text?: string }) {
  return text ? (
    <p id={`${id}-hint`} className="text-sm text-slate-700">
      {text}
    </p>
  ) : null;
}

/**
 * Label, hint, error (said in words, next to the field) and the control, wired for screen readers.
 * A group of controls (radio buttons) is a fieldset named by its legend.
 */
function Field({ name, label, required, hint, group = false, children }: FieldProps & { group?: boolean; children: (aria: Record<string, unknown>) => ReactNode }) {
  const t = useTranslations('Forms');
  const validationMessage = useValidationMessage();
  const { formState } = useFormContext();
  const error = formState.errors[name]?.message;
  const id = useFieldId(name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const caption = (
    <>
      {label}
      {required ? <span className="font-normal text-slate-700"> ({t('required')})</span> : null}
    </>
  );
  const Wrapper = group ? 'fieldset' : 'div';
  return (
    <Wrapper className="space-y-1">
      {group ? (
        <legend className="block font-medium text-slate-900">{caption}</legend>
      ) : (
        <label htmlFor={id} className="block font-medium text-slate-900">
          {caption}
        </label>
      )}
      <Hint id={id} text={hint} />
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {validationMessage(error)}
        </p>
      ) : null}
      {children({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, 'aria-required': required || undefined })}
    </Wrapper>
  );
}

const controlClass =
  'block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900 aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700';

export function TextField({ type = 'text', autoComplete, ...props }: FieldProps & { type?: 'text' | 'email' | 'number' | 'date' | 'password'; autoComplete?: string }) {
  const { register } = useFormContext();
  const defaultValue = asText(useDefaultValue(props.name));
  return (
    <Field {...props}>
      {(aria) => <input type={type} autoComplete={autoComplete} defaultValue={defaultValue} className={controlClass} {...aria} {...register(props.name)} />}
    </Field>
  );
}

export function SelectField({ options, placeholder, ...props }: FieldProps & { options: { value: string; label: string }[]; placeholder?: string }) {
  const { register } = useFormContext();
  const defaultValue = asText(useDefaultValue(props.name));
  return (
    <Field {...props}>
      {(aria) => (
        <select defaultValue={defaultValue} className={controlClass} {...aria} {...register(props.name)}>
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { register, formState } = useFormContext();
  const validationMessage = useValidationMessage();
  const id = useFieldId(name);
  const defaultChecked = Boolean(useDefaultValue(name));
  const error = formState.errors[name]?.message;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex items-start gap-3">
      <input
        id={id}
        type="checkbox"
        defaultChecked={defaultChecked}
        className="mt-1 h-5 w-5"
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...register(name)}
      />
      <div>
        <label htmlFor={id} className="font-medium text-slate-900">
          {label}
        </label>
        <Hint id={id} text={hint} />
        {error ? (
          <p id={`${id}-error`} className="text-sm font-medium text-red-800">
            {validationMessage(error)}
          </p>
        ) : null}
      </div>
    </div>
  );
}

export function TextAreaField({ rows = 8, ...props }: FieldProps & { rows?: number }) {
  const { register } = useFormContext();
  const defaultValue = asText(useDefaultValue(props.name));
  return (
    <Field {...props}>
      {(aria) => <textarea rows={rows} defaultValue={defaultValue} className={`${controlClass} font-mono text-sm`} {...aria} {...register(props.name)} />}
    </Field>
  );
}

/** One box of a list of checkboxes: the field's value is the array of the ticked boxes' values. */
export function ListCheckbox({ name, value }: { name: string; value: string }) {
  const { register } = useFormContext();
  const ticked = useDefaultValue(name);
  return <input type="checkbox" value={value} defaultChecked={Array.isArray(ticked) && ticked.includes(value)} className="mt-1 h-5 w-5" {...register(name)} />;
}

/** One choice of a few, each said in full: the error summary's link leads to the first. */
export function RadioField({ options, ...props }: FieldProps & { options: { value: string; label: string }[] }) {
  const { register } = useFormContext();
  const defaultValue = asText(useDefaultValue(props.name));
  return (
    <Field {...props} group>
      {({ id, 'aria-required': _required, ...aria }) => (
        <div className="space-y-2">
          {options.map((option, index) => {
            const optionId = index === 0 ? String(id) : `${id}-${option.value}`;
            return (
              <div key={option.value} className="flex items-center gap-3">
                <input id={optionId} type="radio" value={option.value} defaultChecked={defaultValue === option.value} className="h-5 w-5" {...aria} {...register(props.name)} />
                <label htmlFor={optionId}>{option.label}</label>
              </div>
            );
          })}
        </div>
      )}
    </Field>
  );
}
