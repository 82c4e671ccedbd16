'use client';

import { useTranslations } from 'next-intl';
import { useState, type ReactNode } from 'react';
import { useFormContext } from 'react-hook-form';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxField, HiddenField, TextAreaField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { requestMeetingSignupAction } from '@/lib/actions/signups';
import { meetingSignupSchema } from '@/lib/schemas/signups';
import { SignupNotice } from './signup-notice';

/**
 * The field only a robot fills in: off the screen, out of the tab order and hidden from screen
 * readers, with a label that says to leave it empty should anyone reach it anyway.
 */
function Honeypot() {
  const t = useTranslations('Signups');
  const { register } = useFormContext();
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor="signup-website">{t('honeypot')}</label>
      <input id="signup-website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
    </div>
  );
}

/** The sign-up form for one open meeting; once sent, what happens next in its place. */
export function SignupForm({ meetingId, privacy, after }: { meetingId: string; privacy: ReactNode; after: ReactNode }) {
  const t = useTranslations('Signups');
  const [answer, setAnswer] = useState<'sent' | 'already_confirmed' | null>(null);
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: meetingSignupSchema,
    action: requestMeetingSignupAction,
    defaultValues: { meetingId, organisation: '', personName: '', email: '', accessibilityNeeds: '', consent: false, website: '' },
    onSuccess: setAnswer,
  });
  const done = answer ?? postedData;
  if (done) {
    return (
      <SignupNotice title={t(done === 'sent' ? 'sentTitle' : 'alreadyConfirmedTitle')} focus>
        <p>{t(done === 'sent' ? 'sentText' : 'alreadyConfirmedText')}</p>
        {done === 'sent' ? <p className="mt-2">{t('sentHelp')}</p> : null}
        {after}
      </SignupNotice>
    );
  }
  return (
    <ActionForm name="signup" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} submitLabel={t('submit')}>
      <HiddenField name="meetingId" />
      <TextField name="organisation" label={t('organisation')} autoComplete="organization" required />
      <TextField name="personName" label={t('personName')} autoComplete="name" required />
      <TextField name="email" type="email" label={t('email')} hint={t('emailHint')} autoComplete="email" required />
      <TextAreaField name="accessibilityNeeds" label={t('accessibilityNeeds')} hint={t('accessibilityHint')} rows={3} />
      {privacy}
      <CheckboxField name="consent" label={t('consent')} />
      <Honeypot />
    </ActionForm>
  );
}
