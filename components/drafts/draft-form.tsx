'use client';

import type { ReactNode } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import type { DraftFields } from '@/lib/drafts/draft';
import { DraftConflict } from './draft-conflict';
import { DraftErrorSummary } from './draft-fields';
import { DraftStatusLine, KeptTextOffer, type DraftMessages } from './draft-status';
import type { useDraftForm } from './use-draft-form';

interface Props<T extends DraftFields<T>> {
  messages: DraftMessages;
  /** Unique on the page: the form's id and its fields' ids start with it. */
  name: string;
  draft: ReturnType<typeof useDraftForm<T>>;
  /** What the form posts besides its fields (the version is added). */
  hidden: Record<string, string>;
  /** One version's text, as the person reads it, for a conflict. */
  renderText: (text: T) => ReactNode;
  /** What of a text kept in this browser to show when offering it back. */
  preview: (text: T) => string;
  message: (key: string | null | undefined) => string;
  labels: { save: string; submit: string; submitting: string; confirmTitle: string; confirmText: string; confirm: string };
  children: ReactNode;
}

/**
 * A draft form's frame: text kept in this browser offered back, a conflict with both versions,
 * the error summary, the fields (`children`), where the draft stands, "save" and "submit" with its
 * question. Without JavaScript "save" posts the draft, and the question opens without a script too.
 */
export function DraftForm<T extends DraftFields<T>>({ messages, name, draft, hidden, renderText, preview, message, labels, children }: Props<T>) {
  const { state, dispatch, save, keptText, restoreKept, discardKept, formAction, version, errors, listedErrors, ask, onSubmit, submitting, refs } = draft;
  const formId = `${name}-form`;
  const dialogId = `${name}-submit-confirm`;
  return (
    <div className="max-w-3xl space-y-5">
      {keptText ? <KeptTextOffer messages={messages} kept={keptText} preview={preview(keptText.fields)} onRestore={restoreKept} onDiscard={discardKept} /> : null}
      {state.theirs ? (
        <DraftConflict
          messages={messages}
          state={state}
          renderText={renderText}
          onKeepMine={() => dispatch({ type: 'keepMine' })}
          onTakeTheirs={() => dispatch({ type: 'takeTheirs' })}
          onMerge={() => dispatch({ type: 'mergeByHand' })}
          onMergeDone={() => dispatch({ type: 'mergeDone' })}
        />
      ) : null}
      <form id={formId} action={formAction} noValidate onSubmit={onSubmit} onBlur={() => void save()} className="space-y-5">
        <DraftErrorSummary messages={messages} form={name} summary={refs.summary} formError={errors.formError} fieldErrors={listedErrors} message={message} />
        {Object.entries(hidden).map(([field, value]) => (
          <input key={field} type="hidden" name={field} value={value} />
        ))}
        <input type="hidden" name="expectedVersion" value={version} />

        {children}

        <DraftStatusLine messages={messages} state={state} message={message} />

        <div className="flex flex-wrap items-center gap-3">
          {/* First in the form: Enter in a field saves, never submits. */}
          <button type="submit" name="intent" value="save" className={secondaryButton}>
            {labels.save}
          </button>
          <button
            ref={refs.opener}
            type="button"
            command="show-modal"
            commandfor={dialogId}
            onClick={ask}
            disabled={submitting}
            aria-disabled={submitting}
            className={primaryButton}
          >
            {submitting ? labels.submitting : labels.submit}
          </button>
        </div>
        <ConfirmDialog
          ref={refs.dialog}
          id={dialogId}
          title={labels.confirmTitle}
          description={labels.confirmText}
          confirmLabel={labels.confirm}
          pending={submitting}
          form={formId}
          submitter={{ name: 'intent', value: 'submit' }}
          onClose={() => refs.opener.current?.focus()}
        />
      </form>
    </div>
  );
}
