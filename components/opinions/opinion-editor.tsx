'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState, type FormEvent, type MouseEvent } from 'react';
import { DraftConflict } from '@/components/drafts/draft-conflict';
import { draftDescribedBy, DraftErrorSummary, DraftFieldError, draftFieldId, DraftTextArea } from '@/components/drafts/draft-fields';
import { DraftStatusLine, KeptTextOffer } from '@/components/drafts/draft-status';
import { useDraftAutosave } from '@/components/drafts/use-draft-autosave';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { isRedirect } from '@/components/ui/form/use-action-form';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import { saveOpinionAction } from '@/lib/actions/opinions';
import type { ActionResult } from '@/lib/actions/result';
import { conflictState, initialDraftState, opinionDrafts, type DraftOutcome, type DraftState, type OpinionText, type SavedDraft } from '@/lib/opinions/draft';
import { opinionSchema } from '@/lib/schemas/opinions';
import { OPINION_STANCES, stanceNeedsJustification, type OpinionStance } from '@/lib/workflow/opinions';
import { OpinionContent } from './opinion-content';
import { useOpinionMessage } from './use-opinion-message';

type Errors = { formError?: string; fieldErrors?: Record<string, string> };

/** The form as the action takes it: an empty stance is none. */
const postedOpinion = (requestId: string, expectedVersion: number, fields: OpinionText, intent: 'save' | 'submit') => ({
  requestId,
  expectedVersion,
  stance: fields.stance ?? '',
  justification: fields.justification,
  proposedWording: fields.proposedWording,
  intent,
});

const errorsOf = (result: ActionResult<unknown> | null): Errors =>
  result && !result.ok ? { formError: result.formError, fieldErrors: result.fieldErrors } : {};

/** What a form posted without JavaScript came back with: a conflict, or the text that was refused. */
function initialState(saved: SavedDraft, posted: ActionResult<DraftOutcome> | null): DraftState {
  if (posted?.ok && posted.data.outcome === 'conflict') return conflictState(posted.data.mine, saved, posted.data.theirs);
  if (posted && !posted.ok && posted.values) {
    const values = posted.values as Record<string, string | undefined>;
    const fields: OpinionText = {
      stance: OPINION_STANCES.find((stance) => stance === values.stance) ?? null,
      justification: values.justification ?? '',
      proposedWording: values.proposedWording ?? '',
    };
    return { ...initialDraftState(saved), fields, status: 'unsaved' };
  }
  return initialDraftState(saved);
}

const FORM = 'opinion';
const field = (name: string) => draftFieldId(FORM, name);

/**
 * The department's opinion on one request: stance, justification and proposed wording, saved as
 * the person types, submitted after a question. Without JavaScript it is a plain form: "save"
 * posts the draft, and the question before submitting opens without a script too.
 */
export function OpinionEditor({ requestId, saved, overdue }: { requestId: string; saved: SavedDraft; overdue: boolean }) {
  const t = useTranslations('Opinions');
  const message = useOpinionMessage();
  const [posted, formAction] = useActionState(saveOpinionAction, null);
  const { state, latest, dispatch, save, flush, keptText, restoreKept, discardKept } = useDraftAutosave(
    opinionDrafts,
    requestId,
    () => initialState(saved, posted),
    (version, fields) => saveOpinionAction(postedOpinion(requestId, version, fields, 'save')),
  );
  const [errors, setErrors] = useState<Errors>(() => errorsOf(posted));
  const [submitting, setSubmitting] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const { fields } = state;
  const edit = (change: Partial<OpinionText>) => {
    dispatch({ type: 'edited', fields: { ...fields, ...change } });
    // A field's error goes once the person changes that field.
    if (Object.keys(change).some((name) => errors.fieldErrors?.[name])) {
      setErrors({ ...errors, fieldErrors: Object.fromEntries(Object.entries(errors.fieldErrors ?? {}).filter(([name]) => !(name in change))) });
    }
  };
  const justificationRequired = fields.stance !== null && stanceNeedsJustification(fields.stance);
  // Without a script, posting from a conflict keeps this text over theirs: it builds on their version.
  const version = state.status === 'conflict' && state.theirs ? state.theirs.version : state.base.version;

  const showErrors = (found: Errors) => {
    setErrors(found);
    requestAnimationFrame(() => summary.current?.focus());
  };

  // The question opens only for a text that may be submitted; otherwise the summary says why not.
  const ask = (event: MouseEvent) => {
    event.preventDefault();
    const checked = opinionSchema.safeParse(postedOpinion(requestId, version, fields, 'submit'));
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
      // On success the action moves to the submitted opinion's page.
      const result = await saveOpinionAction(postedOpinion(requestId, current.base.version, current.fields, 'submit'));
      if (!result.ok) showErrors(errorsOf(result));
      else if (result.data.outcome === 'conflict') dispatch({ type: 'conflict', theirs: result.data.theirs });
    } catch (error) {
      if (isRedirect(error)) return; // on to the submitted opinion
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

  const fieldError = (name: string) => errors.fieldErrors?.[name];
  const listedErrors = Object.entries(errors.fieldErrors ?? {});

  return (
    <div className="max-w-3xl space-y-5">
      {keptText ? (
        <KeptTextOffer
          messages="Opinions"
          kept={keptText}
          preview={keptText.fields.justification || keptText.fields.proposedWording || t('kept.stanceOnly')}
          onRestore={restoreKept}
          onDiscard={discardKept}
        />
      ) : null}
      {state.theirs ? (
        <DraftConflict
          messages="Opinions"
          state={state}
          renderText={(text) => <OpinionContent text={text} compact />}
          onKeepMine={() => dispatch({ type: 'keepMine' })}
          onTakeTheirs={() => dispatch({ type: 'takeTheirs' })}
          onMerge={() => dispatch({ type: 'mergeByHand' })}
          onMergeDone={() => dispatch({ type: 'mergeDone' })}
        />
      ) : null}
      <form id="opinion-form" action={formAction} noValidate onSubmit={onSubmit} onBlur={() => void save()} className="space-y-5">
        <DraftErrorSummary messages="Opinions" form={FORM} summary={summary} formError={errors.formError} fieldErrors={listedErrors} message={message} />
        <input type="hidden" name="requestId" value={requestId} />
        <input type="hidden" name="expectedVersion" value={version} />

        <fieldset
          id={field('stance')}
          tabIndex={-1}
          aria-describedby={draftDescribedBy(FORM, 'stance', Boolean(fieldError('stance')))}
          aria-invalid={fieldError('stance') ? true : undefined}
          className="space-y-2"
        >
          <legend className="font-medium text-slate-900">
            {t('stance')} <span className="font-normal text-slate-700">({t('requiredToSubmit')})</span>
          </legend>
          <p id={`${field('stance')}-hint`} className="text-sm text-slate-700">
            {t('stanceHint')}
          </p>
          {fieldError('stance') ? <DraftFieldError form={FORM} name="stance" text={message(fieldError('stance'))} /> : null}
          {OPINION_STANCES.map((stance: OpinionStance) => (
            <label key={stance} className="flex items-start gap-3">
              <input
                type="radio"
                name="stance"
                value={stance}
                checked={fields.stance === stance}
                onChange={() => edit({ stance })}
                className="mt-1 h-5 w-5"
              />
              <span>
                <span className="font-medium">{t(`stances.${stance}`)}</span>
                <span className="block text-sm text-slate-700">{t(`stanceHints.${stance}`)}</span>
              </span>
            </label>
          ))}
        </fieldset>

        <DraftTextArea
          form={FORM}
          name="justification"
          label={t('justification')}
          requirement={justificationRequired ? t('requiredToSubmit') : t('optional')}
          required={justificationRequired}
          hint={t('justificationHint')}
          rows={8}
          value={fields.justification}
          onChange={(justification) => edit({ justification })}
          error={fieldError('justification') ? message(fieldError('justification')) : null}
        />
        <DraftTextArea
          form={FORM}
          name="proposedWording"
          label={t('proposedWording')}
          requirement={t('optional')}
          hint={t('proposedWordingHint')}
          rows={5}
          value={fields.proposedWording}
          onChange={(proposedWording) => edit({ proposedWording })}
          error={fieldError('proposedWording') ? message(fieldError('proposedWording')) : null}
        />

        <DraftStatusLine messages="Opinions" state={state} message={message} />

        <div className="flex flex-wrap items-center gap-3">
          {/* First in the form: Enter in a field saves, never submits. */}
          <button type="submit" name="intent" value="save" className={secondaryButton}>
            {t('saveDraft')}
          </button>
          <button
            ref={opener}
            type="button"
            command="show-modal"
            commandfor="opinion-submit-confirm"
            onClick={ask}
            disabled={submitting}
            aria-disabled={submitting}
            className={primaryButton}
          >
            {submitting ? t('submitting') : t('submit')}
          </button>
        </div>
        <ConfirmDialog
          ref={dialog}
          id="opinion-submit-confirm"
          title={t('confirmTitle')}
          description={overdue ? `${t('confirmText')} ${t('confirmLate')}` : t('confirmText')}
          confirmLabel={t('confirm')}
          pending={submitting}
          form="opinion-form"
          submitter={{ name: 'intent', value: 'submit' }}
          onClose={() => opener.current?.focus()}
        />
      </form>
    </div>
  );
}
