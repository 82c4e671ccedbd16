'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
import { DraftTextArea } from '@/components/drafts/draft-fields';
import { DraftForm } from '@/components/drafts/draft-form';
import { useDraftForm } from '@/components/drafts/use-draft-form';
import { saveMinutesAction } from '@/lib/actions/minutes';
import { useRouter } from '@/lib/i18n/navigation';
import { minutesDrafts, type MinutesText, type SavedMinutes } from '@/lib/minutes/draft';
import { minutesSchema } from '@/lib/schemas/minutes';
import { MINUTES_PARTS } from '@/lib/workflow/minutes';
import { MinutesContent } from './minutes-content';
import { useDraftMessage } from '@/components/drafts/use-draft-message';

const FORM = 'minutes';

/** The text of a form posted without JavaScript and refused. */
const fieldsOf = (values: Record<string, string | undefined>): MinutesText =>
  Object.fromEntries(MINUTES_PARTS.map((part) => [part, values[part] ?? ''])) as unknown as MinutesText;

/**
 * The minutes of a held meeting in five parts, saved as the moderator or coordinator types (two of
 * them at once get a conflict showing both versions), submitted for approval after a question
 * that says who gets an e-mail. Without JavaScript it is a plain form posting to the same action.
 */
export function MinutesEditor({ meetingId, saved, recipients }: { meetingId: string; saved: SavedMinutes; recipients: string }) {
  const t = useTranslations('Minutes');
  const message = useDraftMessage('Minutes');
  const draft = useDraftForm({
    drafts: minutesDrafts,
    id: meetingId,
    saved,
    action: saveMinutesAction,
    post: (expectedVersion, fields, intent) => ({ meetingId, expectedVersion, ...fields, intent }),
    schema: minutesSchema,
    fieldsOf,
  });
  const { fields, edit, fieldError } = draft;

  // The first save begins a revision (the first, or a correction): the page around says so too.
  const router = useRouter();
  const started = useRef(saved.version > 0);
  useEffect(() => {
    if (started.current || draft.state.base.version === 0) return;
    started.current = true;
    router.refresh();
  }, [draft.state.base.version, router]);

  return (
    <DraftForm
      messages="Minutes"
      name={FORM}
      draft={draft}
      hidden={{ meetingId }}
      renderText={(text) => <MinutesContent text={text} compact />}
      preview={(text) => MINUTES_PARTS.map((part) => text[part]).find((value) => value.trim() !== '') ?? ''}
      message={message}
      labels={{
        save: t('saveDraft'),
        submit: t('submit'),
        submitting: t('submitting'),
        confirmTitle: t('confirmSubmitTitle'),
        confirmText: recipients,
        confirm: t('confirmSubmit'),
      }}
    >
      {MINUTES_PARTS.map((part) => (
        <DraftTextArea
          key={part}
          form={FORM}
          name={part}
          label={t(`parts.${part}`)}
          requirement={t('optional')}
          hint={t(`hints.${part}`)}
          rows={part === 'attendance' ? 5 : 7}
          value={fields[part]}
          onChange={(value) => edit({ [part]: value } as Partial<MinutesText>)}
          error={fieldError(part) ? message(fieldError(part)) : null}
        />
      ))}
    </DraftForm>
  );
}
