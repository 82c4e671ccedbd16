'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useRef, useState, type FormEvent } from 'react';
import { DraftErrorSummary, DraftTextArea } from '@/components/drafts/draft-fields';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { isRedirect } from '@/components/ui/form/use-action-form';
import { primaryButton, secondaryButton } from '@/components/ui/styles';
import { reviewMinutesAction } from '@/lib/actions/minutes';
import type { ActionResult } from '@/lib/actions/result';
import { useDraftMessage } from '@/components/drafts/use-draft-message';

const FORM = 'review';
type Errors = { formError?: string; fieldErrors?: Record<string, string> };
const errorsOf = (result: ActionResult<unknown> | null): Errors => (result && !result.ok ? { formError: result.formError, fieldErrors: result.fieldErrors } : {});

/**
 * The reviewer's answer to submitted minutes: approve them (after a question: they are then
 * locked, and the author gets an e-mail), or return them with a comment saying what to change.
 * Works without JavaScript: both buttons post the form, the question opens without a script.
 */
export function ReviewMinutesForm({ meetingId, asSubstitute }: { meetingId: string; asSubstitute: boolean }) {
  const t = useTranslations('Minutes');
  const message = useDraftMessage('Minutes');
  const [posted, formAction] = useActionState(reviewMinutesAction, null);
  const [errors, setErrors] = useState<Errors>(() => errorsOf(posted));
  const [comment, setComment] = useState(() => (posted && !posted.ok ? String(posted.values?.comment ?? '') : ''));
  const [pending, setPending] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const summary = useRef<HTMLDivElement>(null);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const decision = submitter?.value === 'return' ? 'return' : 'approve';
    setPending(true);
    try {
      // On success the action moves on to the minutes, with a notice.
      const result = await reviewMinutesAction({ meetingId, decision, comment });
      if (!result.ok) {
        setErrors(errorsOf(result));
        requestAnimationFrame(() => summary.current?.focus());
      }
    } catch (error) {
      if (isRedirect(error)) return;
      setErrors({ formError: 'offline' });
    } finally {
      setPending(false);
      dialog.current?.close();
    }
  };

  return (
    <form id="review-form" action={formAction} noValidate onSubmit={onSubmit} className="max-w-3xl space-y-4">
      <DraftErrorSummary messages="Minutes" title={t('review.errorSummary')} form={FORM} summary={summary} formError={errors.formError} fieldErrors={Object.entries(errors.fieldErrors ?? {})} message={message} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <DraftTextArea
        form={FORM}
        name="comment"
        label={t('review.comment')}
        requirement={t('review.commentRequirement')}
        hint={t('review.commentHint')}
        rows={4}
        value={comment}
        onChange={(value) => {
          setComment(value);
          if (errors.fieldErrors?.comment) setErrors({ ...errors, fieldErrors: {} });
        }}
        error={errors.fieldErrors?.comment ? message(errors.fieldErrors.comment) : null}
      />
      <div className="flex flex-wrap gap-3">
        <button ref={opener} type="button" command="show-modal" commandfor="review-approve-confirm" disabled={pending} className={primaryButton}>
          {t('review.approve')}
        </button>
        <button type="submit" name="decision" value="return" disabled={pending} className={secondaryButton}>
          {t('review.return')}
        </button>
      </div>
      <ConfirmDialog
        ref={dialog}
        id="review-approve-confirm"
        title={t('review.approveTitle')}
        description={asSubstitute ? `${t('review.approveText')} ${t('review.approveAsSubstitute')}` : t('review.approveText')}
        confirmLabel={t('review.approveConfirm')}
        pending={pending}
        form="review-form"
        submitter={{ name: 'decision', value: 'approve' }}
        onClose={() => opener.current?.focus()}
      />
    </form>
  );
}
