'use client';

import { useTranslations } from 'next-intl';
import { draftDescribedBy, DraftFieldError, draftFieldId, DraftTextArea } from '@/components/drafts/draft-fields';
import { DraftForm } from '@/components/drafts/draft-form';
import { useDraftForm } from '@/components/drafts/use-draft-form';
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
  const draft = useDraftForm({
    drafts: opinionDrafts,
    id: requestId,
    saved,
    action: saveOpinionAction,
    post: (version, fields, intent) => postedOpinion(requestId, version, fields, intent),
    schema: opinionSchema,
    fieldsOf,
  });
  const { fields, edit, fieldError } = draft;
  const justificationRequired = fields.stance !== null && stanceNeedsJustification(fields.stance);

  return (
    <DraftForm
      messages="Opinions"
      name={FORM}
      draft={draft}
      hidden={{ requestId }}
      renderText={(text) => <OpinionContent text={text} compact />}
      preview={(text) => text.justification || text.proposedWording || t('kept.stanceOnly')}
      message={message}
      labels={{
        save: t('saveDraft'),
        submit: t('submit'),
        submitting: t('submitting'),
        confirmTitle: t('confirmTitle'),
        confirmText: overdue ? `${t('confirmText')} ${t('confirmLate')}` : t('confirmText'),
        confirm: t('confirm'),
      }}
    >
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
    </DraftForm>
  );
}
