import { useFormatter, useTranslations } from 'next-intl';
import { textLink } from '@/components/ui/styles';
import { Link } from '@/lib/i18n/navigation';
import { meetingLabel } from '@/lib/schedule/labels';
import type { ScheduleMeeting } from '@/lib/schedule/types';
import { takesSignups } from '@/lib/signups/open';
import type { RoundStatus } from '@/lib/workflow/round-status';

/** The way to a meeting's sign-up form, for a meeting that takes sign-ups; nothing for the others. */
export function SignupLink({ meeting, round }: { meeting: ScheduleMeeting; round: { id: string; is_public: boolean; status: RoundStatus } }) {
  const t = useTranslations('Signups');
  const format = useFormatter();
  if (!takesSignups(meeting, round)) return null;
  return (
    <Link href={`/tury/${round.id}/spotkania/${meeting.id}/zapis`} className={`relative ${textLink}`}>
      {t('signUp')}
      <span className="sr-only"> {t('signUpFor', { team: meetingLabel(meeting), date: format.dateTime(new Date(meeting.startsAt), 'numeric') })}</span>
    </Link>
  );
}
