import { getTranslations, setRequestLocale } from 'next-intl/server';
import { CoordinationMeetingList } from '@/components/coordination/coordination-meeting-list';
import { RoundOpinionLinks } from '@/components/decisions/round-opinion-links';
import { RoundDepartmentsForm } from '@/components/planning/round-departments-form';
import { EditRoundForm } from '@/components/programmes/round-form';
import { RoundStatusBadge } from '@/components/rounds/round-status-badge';
import { RoundStatusMoves } from '@/components/rounds/round-status-moves';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { requireRound } from '@/lib/auth/session';
import { listCoordinationMeetings } from '@/lib/db/coordination';
import { listDepartments } from '@/lib/db/departments';
import { listRoundDepartmentIds } from '@/lib/db/planning';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Rounds', 'editTitle');

export default async function RoundPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, client, round } = await requireRound('rounds.manage', id);
  const t = await getTranslations('Rounds');
  const tRequests = await getTranslations('OpinionRequests');
  const tCoordination = await getTranslations('Coordination');
  const tSummary = await getTranslations('SummaryEditor');
  return (
    <>
      <PageHeading title={round.title} />
      <p className="mb-6 flex items-center gap-2">
        <span>{t('status')}:</span> <RoundStatusBadge status={round.status} />
      </p>
      <ul className="mb-8 space-y-2">
        <li>
          <Link href={`/panel/tury/${round.id}/harmonogram`} className={textLink}>
            {t('schedule')}
          </Link>
        </li>
        <RoundOpinionLinks roundId={round.id} role={user.role} />
        <li>
          <Link href={`/panel/tury/${round.id}/podsumowanie`} className={textLink}>
            {tSummary('link')}
          </Link>
        </li>
        <li>
          <Link href={`/panel/tury/${round.id}/prosba-o-opinie`} className={textLink}>
            {tRequests('link')}
          </Link>
        </li>
        <li>
          <Link href={`/panel/programy/${round.programme_id}`} className={textLink}>
            {t('backToProgramme')}
          </Link>
        </li>
      </ul>
      <Section id="stage" title={t('stage')} className="mb-12">
        <RoundStatusMoves roundId={round.id} status={round.status} />
      </Section>
      <Section id="coordination" title={tCoordination('heading')} className="mb-12">
        <CoordinationMeetingList roundId={round.id} meetings={await listCoordinationMeetings(client, round.id)} />
      </Section>
      <h2 className="mb-3 text-2xl font-semibold">{t('editTitle')}</h2>
      <EditRoundForm round={round} />
      <section aria-labelledby="departments-heading" className="mt-12">
        <h2 id="departments-heading" className="mb-3 text-2xl font-semibold">
          {t('departments')}
        </h2>
        <RoundDepartmentsForm
          roundId={round.id}
          departments={(await listDepartments(client)).filter((department) => department.kind !== 'coordinating')}
          selected={await listRoundDepartmentIds(client, round.id)}
        />
      </section>
    </>
  );
}
