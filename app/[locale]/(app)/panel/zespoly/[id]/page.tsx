import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden, notFound } from 'next/navigation';
import { AssignModeratorForm, EndModerationForm, RenameTeamForm } from '@/components/planning/team-forms';
import { VacantBadge } from '@/components/schedule/vacant-badge';
import { ButtonForm } from '@/components/ui/form/button-form';
import { PageHeading } from '@/components/ui/page-heading';
import { Section } from '@/components/ui/section';
import { textLink } from '@/components/ui/styles';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { todayInWarsaw } from '@/lib/dates';
import { removeTeamAction } from '@/lib/actions/planning';
import { listModeratorUsers } from '@/lib/db/planning';
import { currentModerator, getTeam } from '@/lib/db/schedule';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { DataTable } from '@/components/ui/data-table';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Teams', 'teamTitle');

/**
 * A team: its moderator now, every earlier one with dates, and, for those who manage teams, the
 * forms to change that. The team's own moderator reads it too (their home links here).
 */
export default async function TeamPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireUser();
  const manages = can(user.role, 'teams.manage');
  if (!manages && user.role !== 'moderator') forbidden();
  const client = createUserClient(user);
  const team = isUuid(id) ? await getTeam(client, id) : null;
  if (!team) notFound();
  const moderator = currentModerator(team);
  if (!manages && moderator?.profile_id !== user.id) forbidden();
  const t = await getTranslations('Teams');
  const format = await getFormatter();
  const day = (date: string) => format.dateTime(new Date(date), 'numeric');
  const today = todayInWarsaw();

  return (
    <>
      <PageHeading title={team.name} />
      <p className="mb-6 text-lg">
        {moderator ? t('moderatorSince', { name: moderator.profile?.full_name ?? '', date: day(moderator.starts_on) }) : <VacantBadge />}
      </p>
      <section aria-labelledby="history-heading" className="mb-10">
        <h2 id="history-heading" className="mb-3 text-2xl font-semibold">
          {t('history')}
        </h2>
        {team.moderators.length === 0 ? (
          <p>{t('noHistory')}</p>
        ) : (
          <DataTable caption={t('history')} hiddenCaption columns={[t('moderator'), t('startsOn'), t('endsOn'), t('endReason')]}>
            {team.moderators.map((term) => (
              <tr key={term.id} className="border-b border-slate-200">
                <th scope="row" className="py-2 pr-4 font-normal">{term.profile?.full_name ?? '–'}</th>
                <td className="py-2 pr-4">{day(term.starts_on)}</td>
                <td className="py-2 pr-4">{term.ends_on ? day(term.ends_on) : t('current')}</td>
                <td className="py-2 pr-4">{term.end_reason ? t(`reason.${term.end_reason}`) : '–'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {manages ? (
        <>
          <section aria-labelledby="assign-heading" className="mb-10">
            <h2 id="assign-heading" className="mb-3 text-2xl font-semibold">
              {moderator ? t('replace') : t('assignTitle')}
            </h2>
            <AssignModeratorForm teamId={team.id} moderators={await listModeratorUsers(client)} today={today} />
          </section>
          {moderator ? (
            <section aria-labelledby="end-heading" className="mb-10">
              <h2 id="end-heading" className="mb-3 text-2xl font-semibold">
                {t('endModeration')}
              </h2>
              <EndModerationForm teamId={team.id} moderatorName={moderator.profile?.full_name ?? ''} today={today} />
            </section>
          ) : null}
          <Section id="rename" title={t('renameTitle')} className="mb-10">
            <RenameTeamForm id={team.id} name={team.name} />
          </Section>
          <Section id="remove" title={t('removeHeading')} className="mb-10">
            <p className="mb-3 max-w-2xl">{t('removeHint')}</p>
            <ButtonForm
              action={removeTeamAction}
              values={{ id: team.id }}
              label={t('remove')}
              confirm={{ title: t('removeTitle', { name: team.name }), description: t('removeDescription'), confirmLabel: t('removeConfirm') }}
            />
          </Section>
        </>
      ) : null}
      <Link href={manages ? `/panel/programy/${team.programme_id}/zespoly` : '/panel'} className={textLink}>
        {manages ? t('backToTeams') : t('backToPanel')}
      </Link>
    </>
  );
}
