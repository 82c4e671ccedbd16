import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { CoordinationMeetingForm } from '@/components/coordination/coordination-meeting-form';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { getCoordinationMeeting } from '@/lib/db/coordination';
import { listVenues } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Coordination', 'editTitle');

export default async function CoordinationMeetingPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('rounds.manage');
  const client = createUserClient(user);
  const meeting = isUuid(id) ? await getCoordinationMeeting(client, id) : null;
  if (!meeting) notFound();
  const t = await getTranslations('Coordination');
  return (
    <>
      <SavedNotice saved={(await searchParams).saved} notices={{ coordinationCreated: t('created') }} />
      <PageHeading title={meeting.title} lead={t('editLead')} />
      <Section id="decisions" title={t('decisionsHeading')} className="mb-10">
        {meeting.decisions.length === 0 ? (
          <p>{t('noDecisions')}</p>
        ) : (
          <ol className="max-w-3xl list-decimal space-y-2 pl-6">
            {meeting.decisions.map((decision) => (
              <li key={decision.position} className="whitespace-pre-line break-words">
                {decision.body}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <h2 className="mb-3 text-2xl font-semibold">{t('editTitle')}</h2>
      <CoordinationMeetingForm roundId={meeting.round_id} venues={await listVenues(client)} meeting={meeting} />
      <Link href={`/panel/tury/${meeting.round_id}`} className={`mt-8 inline-block ${textLink}`}>
        {t('backToRound')}
      </Link>
    </>
  );
}
