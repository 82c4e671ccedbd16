'use client';

import { useTranslations } from 'next-intl';
import { useContext, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { fieldId, FormNameContext, ListCheckbox, useValidationMessage } from './fields';

/**
 * Checkboxes whose ticked values form one list field: a fieldset with its legend, hint and error
 * (in words, next to the boxes), which the error summary links to. The boxes come as children
 * (CheckboxOption), in lists or in nested groups.
 */
export function CheckboxGroup({ name, legend, hint, required, children }: { name: string; legend: string; hint?: string; required?: boolean; children: ReactNode }) {
  const t = useTranslations('Forms');
  const validationMessage = useValidationMessage();
  const error = useFormContext().formState.errors[name]?.message;
  const id = fieldId(useContext(FormNameContext), name);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={describedBy} className="space-y-2">
      <legend className="font-medium text-slate-900">
        {legend}
        {required ? <span className="font-normal text-slate-700"> ({t('required')})</span> : null}
      </legend>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-medium text-red-800">
          {validationMessage(error)}
        </p>
      ) : null}
      {children}
    </fieldset>
  );
}

/** One box of a CheckboxGroup, as a list item with its label. */
export function CheckboxOption({ name, value, children }: { name: string; value: string; children: ReactNode }) {
  return (
    <li>
      {/* The box keeps its size when a long label wraps on a phone. */}
      <label className="flex items-start gap-2 [&>input]:shrink-0">
        <ListCheckbox name={name} value={value} />
        <span>{children}</span>
      </label>
    </li>
  );
}

/** A CheckboxGroup of plain options in two columns (one on a phone): departments, units, and the like. */
export function CheckboxList({ name, legend, hint, required, options }: { name: string; legend: string; hint?: string; required?: boolean; options: { value: string; label: string }[] }) {
  return (
    <CheckboxGroup name={name} legend={legend} hint={hint} required={required}>
      <ul className="grid gap-1 sm:grid-cols-2">
        {options.map((option) => (
          <CheckboxOption key={option.value} name={name} value={option.value}>
            {option.label}
          </CheckboxOption>
        ))}
      </ul>
    </CheckboxGroup>
  );
}
