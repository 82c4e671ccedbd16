'use client';

import { useTranslations } from 'next-intl';
import { DraftConflict } from '@/components/drafts/draft-conflict';
import { draftDescribedBy, DraftErrorSummary, DraftFieldError, draftFieldId, DraftTextArea } from '@/components/drafts/draft-fields';
import { DraftStatusLine, KeptTextOffer } from '@/components/drafts/draft-status';
import { useDraftForm } from '@/components/drafts/use-draft-form';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import { saveOpinionAction } from '@/lib/actions/opinions';
import { opinionDrafts, type OpinionText, type SavedDraft } from '@/lib/opinions/draft';
import { opinionSchema } from '@/lib/schemas/opinions';
import { OPINION_STANCES, stanceNeedsJustification, type OpinionStance } from '@/lib/workflow/opinions';
import { OpinionContent } from './opinion-content';
import { useOpinionMessage } from './use-opinion-message';

/** The form as the action takes it: an empty stance is none. */
const postedOpinion = (requestId: string, expectedVersion: number, fields: OpinionText, intent: 'save' | 'submit') => ({
  requestId,
  expectedVersion,
  stance: fields.stance ?? '',
  justification: fields.justification,
  proposedWording: fields.proposedWording,
  intent,
});

/** The text of a form posted without JavaScript and refused. */
const fieldsOf = (values: Record<string, string | undefined>): OpinionText => ({
  stance: OPINION_STANCES.find((stance) => stance === values.stance) ?? null,
  justification: values.justification ?? '',
  proposedWording: values.proposedWording ?? '',
});

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
  const { state, dispatch, save, keptText, restoreKept, discardKept, formAction, fields, edit, version, fieldError, listedErrors, errors, ask, onSubmit, submitting, refs } =
    useDraftForm({
      drafts: opinionDrafts,
      id: requestId,
      saved,
      action: saveOpinionAction,
      post: (version, fields, intent) => postedOpinion(requestId, version, fields, intent),
      schema: opinionSchema,
      fieldsOf,
    });
  const justificationRequired = fields.stance !== null && stanceNeedsJustification(fields.stance);

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
        <DraftErrorSummary messages="Opinions" form={FORM} summary={refs.summary} formError={errors.formError} fieldErrors={listedErrors} message={message} />
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
            ref={refs.opener}
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
          ref={refs.dialog}
          id="opinion-submit-confirm"
          title={t('confirmTitle')}
          description={overdue ? `${t('confirmText')} ${t('confirmLate')}` : t('confirmText')}
          confirmLabel={t('confirm')}
          pending={submitting}
          form="opinion-form"
          submitter={{ name: 'intent', value: 'submit' }}
          onClose={() => refs.opener.current?.focus()}
        />
      </form>
    </div>
  );
}
