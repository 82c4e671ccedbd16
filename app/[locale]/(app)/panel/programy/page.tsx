import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RoundTable } from '@/components/rounds/round-list';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { listProgrammes } from '@/lib/db/programmes';
import { Link } from '@/lib/i18n/navigation';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';
import { primaryButton, textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Programmes', 'title');

export default async function ProgrammesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('programmes.manage');
  const t = await getTranslations('Programmes');
  const programmes = await listProgrammes(createUserClient(user));
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      <Link href="/panel/programy/nowy" className={`mb-8 inline-block ${primaryButton}`}>
        {t('new')}
      </Link>
      {programmes.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <div className="space-y-10">
          {programmes.map((programme) => (
            <section key={programme.id} aria-labelledby={`programme-${programme.id}`}>
              <h2 id={`programme-${programme.id}`} className="text-xl font-semibold">
                <Link href={`/panel/programy/${programme.id}`} className={textLink}>
                  {programme.title}
                </Link>
              </h2>
              <p className="mb-3 text-slate-700">{t('years', { from: programme.year_from, to: programme.year_to })}</p>
              {programme.rounds.length > 0 ? (
                <RoundTable rounds={programme.rounds} caption={t('roundsOf', { title: programme.title })} editable />
              ) : (
                <EmptyState title={t('noRounds')}>
                  <Link href={`/panel/programy/${programme.id}/tury/nowa`} className={textLink}>
                    {t('addRound')}
                  </Link>
                </EmptyState>
              )}
            </section>
          ))}
        </div>
      )}
    </>
  );
}
