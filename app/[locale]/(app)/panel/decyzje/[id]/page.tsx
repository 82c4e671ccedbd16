import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { DecisionStateBadge, LateBadge, StanceBadge } from '@/components/decisions/badges';
import { DecisionForm } from '@/components/decisions/decision-form';
import { DecisionHistory } from '@/components/decisions/decision-history';
import { RevisionDiff } from '@/components/opinions/revision-diff';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { getOpinionForDecision } from '@/lib/db/decisions';
import { titleFrom } from '@/lib/i18n/metadata';
import { Link } from '@/lib/i18n/navigation';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { allowedMoves, opinionProgress } from '@/lib/workflow/opinions';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Decisions', 'decisionTitle');

const sectionHeading = 'mb-3 text-2xl font-semibold';

/** An opinion as its department submitted it, on the text it read, and the coordinator's decision on it. */
export default async function DecisionPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('opinions.decide');
  const opinion = isUuid(id) ? await getOpinionForDecision(createUserClient(user), id) : null;
  if (!opinion) notFound();
  const t = await getTranslations('Decisions');
  const tDates = await getTranslations('Dates');
  const { assumption, revision } = opinion;
  const current = assumption.revisions.find((candidate) => candidate.revision === assumption.current_revision);
  const moves = allowedMoves(opinionProgress(opinion), user.role);

  return (
    <>
      <PageHeading
        title={t('decisionTitle')}
        lead={t('decisionLead', { department: opinion.department.name, assumption: t('assumptionLabel', { kind: t(`kinds.${assumption.kind}`), number: assumption.number, title: revision.title }) })}
      />
      <ul className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <Link href={`/panel/tury/${opinion.round_id}/decyzje`} className={textLink}>
            {t('backToQueue', { round: opinion.round.title })}
          </Link>
        </li>
      </ul>

      <section aria-labelledby="assumption-heading" className="mb-10">
        <h2 id="assumption-heading" className={sectionHeading}>
          {t('assumptionRead', { revision: revision.revision })}
        </h2>
        <p className="text-sm text-slate-700">{assumption.team.name}</p>
        <h3 className="mt-2 text-lg font-semibold">{revision.title}</h3>
        <p className="mt-2 max-w-3xl whitespace-pre-wrap">{revision.body}</p>
        {current && current.revision !== revision.revision ? (
          <div className="mt-4 max-w-3xl rounded-lg border border-slate-200 p-4">
            <h3 className="mb-2 font-semibold">{t('changedSince', { revision: current.revision })}</h3>
            <RevisionDiff before={revision} after={current} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="opinion-heading" className="mb-10">
        <h2 id="opinion-heading" className={sectionHeading}>
          {t('opinionHeading', { department: opinion.department.name })}
        </h2>
        <dl className="max-w-3xl space-y-4">
          <div>
            <dt className="font-medium">{t('stance')}</dt>
            <dd className="mt-1">
              <StanceBadge stance={opinion.stance} />
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t('submitted')}</dt>
            <dd className="mt-1 flex flex-wrap items-center gap-2">
              {tDates('day', { date: new Date(opinion.submitted_at) })}
              {opinion.late ? <LateBadge label={t('lateAfter', { deadline: tDates('day', { date: new Date(opinion.request.deadline) }) })} /> : null}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t('departmentJustification')}</dt>
            <dd className="mt-1 whitespace-pre-wrap">{opinion.justification || t('none')}</dd>
          </div>
          <div>
            <dt className="font-medium">{t('proposedWording')}</dt>
            <dd className="mt-1 whitespace-pre-wrap">{opinion.proposed_wording || t('none')}</dd>
          </div>
          <div>
            <dt className="font-medium">{t('state')}</dt>
            <dd className="mt-1">
              <DecisionStateBadge state={opinion.outcome ?? 'awaiting'} />
            </dd>
          </div>
        </dl>
      </section>

      {opinion.decisions.length > 0 ? (
        <section aria-labelledby="history-heading" className="mb-10 max-w-3xl">
          <h2 id="history-heading" className={sectionHeading}>
            {t('history')}
          </h2>
          <DecisionHistory decisions={opinion.decisions} />
        </section>
      ) : null}

      {moves.length > 0 ? (
        <section aria-labelledby="decide-heading">
          <h2 id="decide-heading" className={sectionHeading}>
            {moves.includes('correctDecision') ? t('correctHeading') : t('decideHeading')}
          </h2>
          <DecisionForm opinionId={opinion.id} correcting={moves.includes('correctDecision')} department={opinion.department.name} />
        </section>
      ) : null}
    </>
  );
}
