'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useActionState, useMemo, useState } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult, FormAction } from '@/lib/actions/result';

type FormError = { key: string; values?: Record<string, string> } | null;

const formErrorOf = (result: ActionResult<unknown>): FormError =>
  !result.ok && result.formError ? { key: result.formError, values: result.formErrorValues } : null;

/**
 * react-hook-form with the zod schema the server action validates with again. What the server
 * refuses lands on the field it names (or above the form), and what the user typed stays.
 *
 * With its script, the form calls the action itself. Before that script runs, or without it, the
 * browser posts the form to the action (`action`, for the form element), and the page comes back
 * with the action's answer, which this hook shows the same way.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Result>(options: {
  schema: Schema;
  action: FormAction<Result>;
  defaultValues: DefaultValues<z.input<Schema>>;
  onSuccess?: (data: Result) => void;
}) {
  const [posted, action] = useActionState<ActionResult<Result> | null, FormData>(options.action, null);
  const refused = posted && !posted.ok ? posted : null;
  const postedErrors = useMemo(
    () => (refused?.fieldErrors ? Object.fromEntries(Object.entries(refused.fieldErrors).map(([field, message]) => [field, { type: 'server', message }])) : undefined),
    [refused],
  );
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // zodResolver cannot infer through a generic schema; the types are the schema's own.
    resolver: zodResolver(options.schema) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>,
    defaultValues: { ...options.defaultValues, ...refused?.values } as DefaultValues<z.input<Schema>>,
    errors: postedErrors as FieldErrors<z.input<Schema>> | undefined,
    shouldFocusError: false, // the error summary takes the focus
  });
  const [formError, setFormError] = useState<FormError>(posted ? formErrorOf(posted) : null);
  const [saved, setSaved] = useState(posted?.ok ?? false);

  const onSubmit = form.handleSubmit(async () => {
    setFormError(null);
    setSaved(false);
    let result: ActionResult<Result>;
    try {
      // What the user typed, not the schema's output: the action parses it with the same schema.
      result = await options.action(form.getValues());
    } catch (error) {
      if (isRedirect(error)) throw error;
      setFormError({ key: 'unexpected' });
      return;
    }
    if (result.ok) {
      setSaved(true);
      options.onSuccess?.(result.data);
      return;
    }
    setFormError(formErrorOf(result));
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<Schema>>, { type: 'server', message });
    }
  });

  /** What the action answered a form posted without its script, when it succeeded. */
  const postedData = posted?.ok ? posted.data : undefined;

  return { form, onSubmit, action, formError, saved, postedData };
}

/** Next.js signals a redirect from a server action by throwing; it must go on up. */
export function isRedirect(error: unknown): boolean {
  return typeof error === 'object' && error !== null && String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT');
}
