import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { OpinionEditor } from '@/components/opinions/opinion-editor';
import { Deadline } from '@/components/opinions/opinion-status';
import { RevisionDiff } from '@/components/opinions/revision-diff';
import { SubmittedOpinion } from '@/components/opinions/submitted-opinion';
import { WithdrawOpinionForm } from '@/components/opinions/withdraw-opinion-form';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { requirePermission } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { draftOf, getDepartmentRequest, getReplacedRequest } from '@/lib/db/opinions';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { EMPTY_DRAFT } from '@/lib/opinions/draft';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { allowedMoves, isOverdue, opinionProgress } from '@/lib/workflow/opinions';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ stan?: string }>;
}

export const generateMetadata = titleFrom('Opinions', 'requestTitle');

const NOTICES = { zlozona: 'submittedNotice', wycofana: 'withdrawnNotice' } as const;

/**
 * One request to the department: the assumption's text as asked (and, when asked again, what
 * changed since the revision it answered), its opinion to write, submit or withdraw, and the
 * coordinator's decision. Another department's request is not found (RLS hides it).
 */
export default async function OpinionRequestPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('opinions.submit');
  if (!isUuid(id)) notFound();
  const client = createUserClient(user);
  const request = await getDepartmentRequest(client, id);
  if (!request) notFound();
  const replaced = await getReplacedRequest(client, id);
  const t = await getTranslations('Opinions');
  const { stan } = await searchParams;
  const notice = stan === 'zlozona' || stan === 'wycofana' ? NOTICES[stan] : null;
  const today = todayInWarsaw();
  const moves = request.replaced_by ? [] : allowedMoves(opinionProgress(request.opinion), user.role);
  const { assumption, revision } = request;

  return (
    <>
      <PageHeading title={t('assumptionLabel', { kind: assumption.kind, number: assumption.number, title: revision.title })} lead={`${request.round.title} · ${assumption.team.name}`} />
      <p role="status" className={notice ? 'mb-6 rounded border border-green-700 bg-green-50 p-3 text-green-900' : 'sr-only'}>
        {notice ? t(notice) : ''}
      </p>
      <p className="mb-6">
        <span className="font-medium">{t('deadline')}:</span>{' '}
        <Deadline deadline={request.deadline} today={today} answered={request.opinion?.state === 'submitted'} />
      </p>

      {request.replaced_by ? (
        <p className="mb-6 rounded border border-amber-600 bg-amber-50 p-3">
          {t('replacedNotice')}{' '}
          <Link href={`/panel/opiniowanie/${request.replaced_by}`} className={textLink}>
            {t('replacedLink')}
          </Link>
        </p>
      ) : null}

      <section aria-labelledby="text-heading" className="mb-10 max-w-3xl">
        <h2 id="text-heading" className="mb-3 text-2xl font-semibold">
          {t('textHeading', { revision: revision.revision })}
        </h2>
        <p className="whitespace-pre-wrap">{revision.body}</p>
      </section>

      {replaced ? (
        <section aria-labelledby="changes-heading" className="mb-10 max-w-3xl space-y-6">
          <h2 id="changes-heading" className="text-2xl font-semibold">
            {t('changesHeading', { revision: replaced.revision.revision })}
          </h2>
          <RevisionDiff before={replaced.revision} after={revision} />
          {replaced.opinion ? <SubmittedOpinion opinion={replaced.opinion} heading={t('earlierOpinionHeading')} level="h3" /> : null}
        </section>
      ) : null}

      <section aria-labelledby="opinion-heading" className="max-w-3xl space-y-6">
        {moves.includes('saveDraft') ? (
          <>
            <h2 id="opinion-heading" className="text-2xl font-semibold">
              {t('editorHeading')}
            </h2>
            <OpinionEditor requestId={request.id} saved={request.opinion ? draftOf(request.opinion) : EMPTY_DRAFT} overdue={isOverdue(request.deadline, today)} />
          </>
        ) : request.opinion ? (
          <>
            <SubmittedOpinion opinion={request.opinion} heading={t('submittedHeading')} headingId="opinion-heading" />
            {moves.includes('withdraw') ? <WithdrawOpinionForm requestId={request.id} /> : null}
          </>
        ) : (
          <h2 id="opinion-heading" className="text-2xl font-semibold">
            {t('notAnswered')}
          </h2>
        )}
      </section>
    </>
  );
}
