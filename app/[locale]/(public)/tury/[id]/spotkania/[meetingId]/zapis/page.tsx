import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { MeetingFacts } from '@/components/schedule/meeting-facts';
import { SignupForm } from '@/components/signups/signup-form';
import { SignupNotice } from '@/components/signups/signup-notice';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { getOrganiser } from '@/lib/db/departments';
import { issuedSchedule } from '@/lib/db/issued-schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { meetingLabel } from '@/lib/schedule/labels';
import { takesSignups } from '@/lib/signups/open';
import { createAnonClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string; meetingId: string }>;
}

export const generateMetadata = titleFrom('Signups', 'title');

/**
 * The sign-up form of an open meeting of the round's latest issued schedule, for anyone, with no
 * account: what the data is for, who keeps it and for how long, and the consent to it.
 */
export default async function MeetingSignupPage({ params }: Props) {
  const { locale, id, meetingId } = await params;
  setRequestLocale(locale);
  const client = createAnonClient();
  const [schedule, organiser] = await Promise.all([issuedSchedule(client, id), getOrganiser(client)]);
  const meeting = schedule?.versions[0]?.meetings.find((candidate) => candidate.id === meetingId);
  if (!schedule || !meeting) notFound();
  const { round } = schedule;
  const t = await getTranslations('Signups');
  const backToRound = (
    <Link href={`/tury/${round.id}`} className={`mt-4 inline-block ${textLink}`}>
      {t('backToRound')}
    </Link>
  );

  return (
    <>
      <PageHeading title={t('title')} lead={round.title} />
      <Section id="meeting" title={t('meetingHeading')} className="mb-8">
        <dl className="grid max-w-2xl grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-2 break-words">
          <dt className="font-semibold">{t('team')}</dt>
          <dd>{meetingLabel(meeting)}</dd>
          <MeetingFacts meeting={meeting} />
        </dl>
      </Section>
      {takesSignups(meeting, round) ? (
        <Section id="signup" title={t('formHeading')} className="mt-0">
          <p className="mb-6 max-w-2xl text-slate-700">{t('intro')}</p>
          <SignupForm
            meetingId={meeting.id}
            after={backToRound}
            privacy={
              <div className="space-y-2 rounded border border-slate-300 bg-slate-50 p-4 text-sm text-slate-800">
                <h3 className="font-semibold">{t('privacyHeading')}</h3>
                <p>{t('privacyController', { organiser: organiser?.name ?? t('organiserFallback') })}</p>
                <p>{t('privacyPurpose')}</p>
                <p>{t('privacyRecipients')}</p>
                <p>{t('privacyRetention')}</p>
                <p>{t('privacyRights')}</p>
              </div>
            }
          />
        </Section>
      ) : (
        <SignupNotice title={t('closedTitle')} tone="bad">
          <p>{t('closedText')}</p>
          {backToRound}
        </SignupNotice>
      )}
    </>
  );
}
