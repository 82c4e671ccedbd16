import type { z } from 'zod';

/**
 * What a server action answers the form. Errors are message keys: `formError` of the `Errors`
 * namespace, `fieldErrors` of `Validation`, so the form shows them in the user's language.
 */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: Record<string, string> };

/** The first problem of each field, as the form shows it. */
export function invalidInput(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join('.')] ??= issue.message;
  return { ok: false, fieldErrors };
}
