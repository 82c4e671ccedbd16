'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/actions/result';

/**
 * react-hook-form with the zod schema the server action validates with again. What the server
 * refuses lands on the field it names (or above the form), and what the user typed stays.
 */
export function useActionForm<Schema extends z.ZodType<FieldValues, FieldValues>, Result>(options: {
  schema: Schema;
  action: (input: z.input<Schema>) => Promise<ActionResult<Result>>;
  defaultValues: DefaultValues<z.input<Schema>>;
  onSuccess?: (data: Result) => void;
}) {
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // zodResolver cannot infer through a generic schema; the types are the schema's own.
    resolver: zodResolver(options.schema) as unknown as Resolver<z.input<Schema>, unknown, z.output<Schema>>,
    defaultValues: options.defaultValues,
    shouldFocusError: false, // the error summary takes the focus
  });
  const [formError, setFormError] = useState<{ key: string; values?: Record<string, string> } | null>(null);
  const [saved, setSaved] = useState(false);

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
    setFormError(result.formError ? { key: result.formError, values: result.formErrorValues } : null);
    for (const [field, message] of Object.entries(result.fieldErrors ?? {})) {
      form.setError(field as Path<z.input<Schema>>, { type: 'server', message });
    }
  });

  return { form, onSubmit, formError, saved };
}

/** Next.js signals a redirect from a server action by throwing; it must go on up. */
function isRedirect(error: unknown): boolean {
  return typeof error === 'object' && error !== null && String((error as { digest?: unknown }).digest ?? '').startsWith('NEXT_REDIRECT');
}
