import type { z } from 'zod';

/**
 * What a server action answers the form. Errors are message keys: `formError` of the `Errors`
 * namespace, `fieldErrors` of `Validation`, or a feature's own key written in full
 * ("Signups.errors.closed"), so the form shows them in the user's language.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      formError?: string;
      formErrorValues?: Record<string, string>;
      fieldErrors?: Record<string, string>;
      /** What a form posted without JavaScript sent (never a password), for the page to show again. */
      values?: Record<string, unknown>;
    };

/**
 * A server action a form can use both ways: its script calls it with the form's values; a form
 * posted before its script ran, or without one, reaches it through useActionState, which passes
 * the previous answer first and the FormData second.
 */
export type FormAction<T = null> = (input: unknown, formData?: FormData) => Promise<ActionResult<T>>;

/** The first problem of each field, as the form shows it. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
  return { ok: false, fieldErrors };
}

/**
 * Thrown inside an action to refuse with a message: a key of `Errors` with its values, or, when
 * it names a field, a key of `Validation` shown at that field.
 */
export class ActionRefusal extends Error {
  constructor(
    readonly key: string,
    readonly values: Record<string, string> = {},
    readonly field?: string,
  ) {
    super(key);
    this.name = 'ActionRefusal';
  }
}
