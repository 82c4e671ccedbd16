import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PublicRoundList } from '@/components/rounds/public-round-list';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { listPublicRounds } from '@/lib/db/rounds';
import { Link } from '@/lib/i18n/navigation';
import { createAnonClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Home', 'metaTitle');

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Home');
  const tArchive = await getTranslations('SummaryArchive');
  const rounds = await listPublicRounds(createAnonClient());

  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading" className="mb-1 text-2xl font-semibold">
          {t('roundsHeading')}
        </h2>
        <p id="rounds-count" className="mb-4 text-slate-700">
          {t('roundsCount', { count: rounds.length })}
        </p>
        <PublicRoundList rounds={rounds} />
        <p className="mt-6">
          <Link href="/podsumowania" className={textLink}>
            {tArchive('homeLink')}
          </Link>
        </p>
      </section>
    </>
  );
}
