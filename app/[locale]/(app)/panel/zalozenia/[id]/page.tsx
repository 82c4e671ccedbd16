import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AskAgainForm } from '@/components/opinions/ask-again-form';
import { AssumptionStatusBadge } from '@/components/opinions/assumption-status-badge';
import { OpenAssumptionsForm } from '@/components/opinions/open-assumptions-form';
import { RevisionHistory } from '@/components/opinions/revision-history';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import { currentTitle } from '@/lib/db/assumptions';
import { requireAssumptionToWrite } from '@/lib/opinions/access';
import { countDepartmentStaff } from '@/lib/db/opinion-requests';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { askAgainCandidates, opinionsPerRevision, requestProgress } from '@/lib/opinions/requests';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Assumptions', 'detailTitle');

/** One assumption: its status and counts, every revision with its changes, and (for the coordinator) opening it and asking again. */
export default async function AssumptionPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, client, assumption } = await requireAssumptionToWrite(id);
  const t = await getTranslations('Assumptions');
  const tRequests = await getTranslations('OpinionRequests');
  const progress = requestProgress(assumption.requests);
  const current = assumption.revisions.find((revision) => revision.revision === assumption.current_revision)!;
  // One line per department, even if it was asked in more than one round.
  const candidates = can(user.role, 'opinions.request')
    ? [...new Map(askAgainCandidates(assumption.requests, current.id).map((request) => [request.department_id, request])).values()]
    : [];
  const staff = candidates.length > 0 ? await countDepartmentStaff(client, candidates.map((request) => request.department_id)) : {};
  const listUrl = `/panel/programy/${assumption.programme_id}/zalozenia`;

  return (
    <>
      <PageHeading title={currentTitle(assumption)} lead={t('lead', { kind: assumption.kind, number: assumption.number, team: assumption.team.name })} />
      <SavedNotice
        saved={(await searchParams).saved}
        notices={{ created: t('saved.created'), edited: t('saved.edited'), opened: t('saved.opened'), askedAgain: tRequests('askedAgainNotice') }}
      />
      <dl className="mb-6 grid max-w-2xl grid-cols-[auto_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t('statusLabel')}</dt>
        <dd>
          <AssumptionStatusBadge status={assumption.status} />
        </dd>
        <dt className="font-medium">{t('currentRevision')}</dt>
        <dd>{assumption.current_revision}</dd>
        <dt className="font-medium">{t('asked')}</dt>
        <dd>{progress.asked}</dd>
        <dt className="font-medium">{t('answered')}</dt>
        <dd>{progress.answered}</dd>
        <dt className="font-medium">{t('programme')}</dt>
        <dd>{assumption.programme.title}</dd>
      </dl>
      <p className="mb-10 flex flex-wrap gap-4">
        <Link href={`/panel/zalozenia/${assumption.id}/edycja`} className={secondaryButton}>
          {t('edit')}
        </Link>
        <Link href={listUrl} className={`self-center ${textLink}`}>
          {t('backToList')}
        </Link>
      </p>
      {assumption.status === 'draft' && can(user.role, 'assumptions.open') ? (
        <section aria-labelledby="open-heading" className="mb-10">
          <h2 id="open-heading" className="mb-3 text-2xl font-semibold">
            {t('openHeading')}
          </h2>
          <p className="mb-4 max-w-3xl">{t('openSingleText')}</p>
          <OpenAssumptionsForm assumptionId={assumption.id} returnTo={`/panel/zalozenia/${assumption.id}`} />
        </section>
      ) : null}
      <section aria-labelledby="revisions-heading" className="mb-10">
        <h2 id="revisions-heading" className="mb-3 text-2xl font-semibold">
          {t('revisions')}
        </h2>
        <RevisionHistory revisions={assumption.revisions} current={assumption.current_revision} opinionsPerRevision={opinionsPerRevision(assumption.requests)} />
      </section>
      {can(user.role, 'opinions.request') ? (
        <section aria-labelledby="ask-again-heading">
          <h2 id="ask-again-heading" className="mb-3 text-2xl font-semibold">
            {tRequests('askAgainHeading')}
          </h2>
          {candidates.length > 0 ? (
            <AskAgainForm
              assumptionId={assumption.id}
              revision={assumption.current_revision}
              departments={candidates.map((request) => ({
                id: request.department_id,
                name: tRequests('answeredRevision', { department: request.department.name, revision: request.revision.revision }),
                staff: staff[request.department_id] ?? 0,
              }))}
            />
          ) : (
            <p className="max-w-3xl">{assumption.current_revision === 1 ? tRequests('nobodyToAskAgainOneRevision') : tRequests('nobodyToAskAgain')}</p>
          )}
        </section>
      ) : null}
    </>
  );
}
