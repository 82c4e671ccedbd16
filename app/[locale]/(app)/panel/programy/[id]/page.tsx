import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { EditProgrammeForm } from '@/components/programmes/programme-form';
import { RoundTable } from '@/components/rounds/round-list';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { requirePermission } from '@/lib/auth/session';
import { getProgramme } from '@/lib/db/programmes';
import { Link } from '@/lib/i18n/navigation';
import { isUuid } from '@/lib/schemas/fields';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';
import { primaryButton, textLink } from '@/components/ui/styles';
import { ButtonForm } from '@/components/ui/form/button-form';
import { Section } from '@/components/ui/section';
import { removeProgrammeAction } from '@/lib/actions/programmes';

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Programmes', 'editTitle');

export default async function ProgrammePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('programmes.manage');
  const programme = isUuid(id) ? await getProgramme(createUserClient(user), id) : null;
  if (!programme) notFound();
  const t = await getTranslations('Programmes');
  const tAssumptions = await getTranslations('Assumptions');
  return (
    <>
      <PageHeading title={programme.title} lead={t('years', { from: programme.year_from, to: programme.year_to })} />
      <SavedNotice saved={(await searchParams).saved} />
      <p className="mb-8 flex flex-wrap gap-x-6 gap-y-2">
        <Link href={`/panel/programy/${programme.id}/zespoly`} className={textLink}>
          {t('teams')}
        </Link>
        <Link href={`/panel/programy/${programme.id}/zalozenia`} className={textLink}>
          {tAssumptions('listTitle')}
        </Link>
      </p>
      <section aria-labelledby="rounds-heading" className="mb-12">
        <h2 id="rounds-heading" className="mb-3 text-2xl font-semibold">
          {t('rounds')}
        </h2>
        <Link href={`/panel/programy/${programme.id}/tury/nowa`} className={`mb-4 inline-block ${primaryButton}`}>
          {t('addRound')}
        </Link>
        {programme.rounds.length > 0 ? (
          <RoundTable rounds={programme.rounds} caption={t('roundsOf', { title: programme.title })} editable />
        ) : (
          <EmptyState title={t('noRounds')}>{t('noRoundsHelp')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="edit-heading">
        <h2 id="edit-heading" className="mb-3 text-2xl font-semibold">
          {t('editTitle')}
        </h2>
        <EditProgrammeForm programme={programme} />
      </section>
      <Section id="remove" title={t('removeHeading')}>
        <p className="mb-3 max-w-2xl">{t('removeHint')}</p>
        <ButtonForm
          action={removeProgrammeAction}
          values={{ id: programme.id }}
          label={t('remove')}
          confirm={{ title: t('removeTitle', { title: programme.title }), description: t('removeDescription'), confirmLabel: t('removeConfirm') }}
        />
      </Section>
    </>
  );
}
