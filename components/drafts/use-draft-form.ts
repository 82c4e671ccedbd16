'use client';

import { useActionState, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import type { z } from 'zod';
import { isRedirect } from '@/components/ui/form/use-action-form';
import type { ActionResult, FormAction } from '@/lib/actions/result';
import type { DraftFields, DraftOutcome, DraftState, Drafts, SavedDraft } from '@/lib/drafts/draft';
import { useDraftAutosave } from './use-draft-autosave';

type Errors = { formError?: string; fieldErrors?: Record<string, string> };

const errorsOf = (result: ActionResult<unknown> | null): Errors =>
  result && !result.ok ? { formError: result.formError, fieldErrors: result.fieldErrors } : {};

interface Options<T extends DraftFields<T>> {
  drafts: Drafts<T>;
  /** What the draft belongs to (a request, a meeting): its key in this browser. */
  id: string;
  saved: SavedDraft<T>;
  /** The form's one server action: saves ("save") or submits ("submit"), answering a conflict with both versions. */
  action: FormAction<DraftOutcome<T>>;
  /** The form's input as the action takes it. */
  post: (version: number, fields: T, intent: 'save' | 'submit') => unknown;
  /** The schema the action validates with: checked before the question to submit opens. */
  schema: z.ZodType;
  /** The fields of a form posted without JavaScript and refused, from what it sent. */
  fieldsOf: (values: Record<string, string | undefined>) => T;
}

/**
 * A draft form: saved as the person types (useDraftAutosave), submitted after a question, its
 * errors in a summary and next to each field. Without JavaScript it is a plain form posting to the
 * same action, and what it came back with (a conflict, refused text) opens the editor again.
 */
export function useDraftForm<T extends DraftFields<T>>({ drafts, id, saved, action, post, schema, fieldsOf }: Options<T>) {
  const [posted, formAction] = useActionState(action, null);
  const autosave = useDraftAutosave(drafts, id, () => initialState(), (version, fields) => action(post(version, fields, 'save')));
  const { state, latest, dispatch, flush } = autosave;
  const [errors, setErrors] = useState<Errors>(() => errorsOf(posted));
  const [submitting, setSubmitting] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  /** What a form posted without JavaScript came back with: a conflict, or the text that was refused. */
  function initialState(): DraftState<T> {
    if (posted?.ok && posted.data.outcome === 'conflict') return drafts.conflictState(posted.data.mine, saved, posted.data.theirs);
    if (posted && !posted.ok && posted.values) {
      return { ...drafts.initialDraftState(saved), fields: fieldsOf(posted.values as Record<string, string | undefined>), status: 'unsaved' };
    }
    return drafts.initialDraftState(saved);
  }

  const { fields } = state;
  const edit = (change: Partial<T>) => {
    dispatch({ type: 'edited', fields: { ...fields, ...change } });
    // A field's error goes once the person changes that field.
    if (Object.keys(change).some((name) => errors.fieldErrors?.[name])) {
      setErrors({ ...errors, fieldErrors: Object.fromEntries(Object.entries(errors.fieldErrors ?? {}).filter(([name]) => !(name in change))) });
    }
  };
  // Without a script, posting from a conflict keeps this text over theirs: it builds on their version.
  const version = state.status === 'conflict' && state.theirs ? state.theirs.version : state.base.version;

  const showErrors = (found: Errors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  // The question opens only for a text that may be submitted; otherwise the summary says why not.
  const ask = (event: MouseEvent) => {
    event.preventDefault();
    const checked = schema.safeParse(post(version, fields, 'submit'));
    if (checked.success) {
      setErrors({});
      dialog.current?.showModal();
      return;
    }
    const fieldErrors: Record<string, string> = {};
    for (const issue of checked.error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
    showErrors({ fieldErrors });
  };

  const submit = async () => {
    setSubmitting(true);
    try {
      dispatch({ type: 'retry' });
      await flush();
      const current = latest();
      if (current.status !== 'saved') return; // a conflict, a lost connection or a refusal: said above the form
      // On success the action moves on to the submitted draft's page.
      const result = await action(post(current.base.version, current.fields, 'submit'));
      if (!result.ok) showErrors(errorsOf(result));
      else if (result.data.outcome === 'conflict') dispatch({ type: 'conflict', theirs: result.data.theirs });
    } catch (error) {
      if (isRedirect(error)) return; // on to the submitted draft
      dispatch({ type: 'offline' });
    } finally {
      setSubmitting(false);
      dialog.current?.close();
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (dialog.current?.open) void submit();
    else void flush();
  };

  return {
    ...autosave,
    formAction,
    fields,
    edit,
    version,
    errors,
    fieldError: (name: string) => errors.fieldErrors?.[name],
    listedErrors: Object.entries(errors.fieldErrors ?? {}),
    ask,
    onSubmit,
    submitting,
    refs: { dialog, opener, summary },
  };
}
