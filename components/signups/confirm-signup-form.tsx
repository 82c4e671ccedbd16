'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { primaryButton, textLink } from '@/components/ui/styles';
import { confirmMeetingSignupAction } from '@/lib/actions/signups';
import type { ActionResult } from '@/lib/actions/result';
import type { SignupConfirmation } from '@/lib/db/signups';
import { Link } from '@/lib/i18n/navigation';
import { SignupNotice } from './signup-notice';

const NOTICES = {
  confirmed: ['confirmedTitle', 'confirmedText', 'good'],
  already_confirmed: ['wasConfirmedTitle', 'wasConfirmedText', 'good'],
  expired: ['expiredTitle', 'expiredText', 'bad'],
  unknown: ['unknownTitle', 'unknownText', 'bad'],
} as const;

/** What became of a confirmation, with the way on: the round's schedule, a new sign-up, or the list of consultations. */
export function ConfirmationNotice({ confirmation, focus = false }: { confirmation: SignupConfirmation; focus?: boolean }) {
  const t = useTranslations('Signups');
  const [title, text, tone] = NOTICES[confirmation.status];
  return (
    <SignupNotice title={t(title)} tone={tone} focus={focus}>
      <p>{t(text)}</p>
      {'roundId' in confirmation ? (
        <Link
          href={confirmation.status === 'expired' ? `/tury/${confirmation.roundId}/spotkania/${confirmation.meetingId}/zapis` : `/tury/${confirmation.roundId}`}
          className={`mt-4 inline-block ${textLink}`}
        >
          {t(confirmation.status === 'expired' ? 'signUpAgain' : 'backToRound')}
        </Link>
      ) : (
        <Link href="/" className={`mt-4 inline-block ${textLink}`}>
          {t('toRounds')}
        </Link>
      )}
    </SignupNotice>
  );
}

/**
 * One button that confirms the sign-up whose link was opened. A POST, with or without a script:
 * mail scanners that fetch the link to check it confirm nothing.
 */
export function ConfirmSignupForm({ token }: { token: string }) {
  const t = useTranslations('Signups');
  const [result, action, pending] = useActionState<ActionResult<SignupConfirmation> | null, FormData>(confirmMeetingSignupAction, null);
  if (result) return <ConfirmationNotice confirmation={result.ok ? result.data : { status: 'unknown' }} focus />;
  return (
    <form action={action} className="max-w-2xl space-y-4">
      <input type="hidden" name="token" value={token} />
      <p>{t('confirmText')}</p>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? t('confirming') : t('confirmButton')}
      </button>
      <p className="text-sm text-slate-700">{t('confirmWhy')}</p>
    </form>
  );
}
