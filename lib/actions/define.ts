import 'server-only';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { z } from 'zod';
import { can, type Permission } from '@/lib/auth/permissions';
import { currentUser, type CurrentUser } from '@/lib/auth/session';
import { DataError } from '@/lib/db/errors';
import { createUserClient } from '@/lib/supabase/server';
import { acceptingForms } from './form-input';
import { ActionRefusal, invalidInput, type ActionResult, type FormAction } from './result';

/** Where a database refusal lands: a field and its message, keyed by the error's hint or constraint name. */
export type DatabaseErrorMap = Record<string, { field?: string; message: string }>;

interface ActionContext<Input> {
  client: SupabaseClient;
  user: CurrentUser;
  input: Input;
}

/**
 * A server action that authorizes first (a session, then the role's permission), validates with
 * the same zod schema as the form, and only then acts, as the user, so that RLS checks again.
 * Refusals and invalid input write nothing. Forms may post to it without JavaScript too.
 */
export function defineAction<Schema extends z.ZodType, Output>(
  options: { permission: Permission; schema: Schema; databaseErrors?: DatabaseErrorMap },
  run: (context: ActionContext<z.infer<Schema>>) => Promise<Output>,
): FormAction<Output> {
  return acceptingForms(options.schema, async (input): Promise<ActionResult<Output>> => {
    const user = await currentUser();
    if (!user) return { ok: false, formError: 'signedOut' };
    if (!can(user.role, options.permission)) return { ok: false, formError: 'forbidden' };

    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return invalidInput(parsed.error);

    try {
      return { ok: true, data: await run({ client: createUserClient(user), user, input: parsed.data }) };
    } catch (error) {
      if (error instanceof ActionRefusal) {
        return error.field ? { ok: false, fieldErrors: { [error.field]: error.key } } : { ok: false, formError: error.key, formErrorValues: error.values };
      }
      if (!(error instanceof DataError)) throw error;
      const known = Object.entries(options.databaseErrors ?? {}).find(
        ([key]) => error.hint === key || error.message.includes(`"${key}"`),
      )?.[1];
      if (known?.field) return { ok: false, fieldErrors: { [known.field]: known.message } };
      if (known) return { ok: false, formError: known.message };
      if (error.code === '42501') return { ok: false, formError: 'forbidden' };
      console.error('Unexpected database error in a server action:', error);
      return { ok: false, formError: 'unexpected' };
    }
  });
}
