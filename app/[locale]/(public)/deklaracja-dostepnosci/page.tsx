import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
}

const PUBLISHED = new Date('2026-11-26');
const SECTIONS = ['status', 'gaps', 'prepared', 'shortcuts', 'contact', 'procedure', 'architecture'] as const;

export const generateMetadata = titleFrom('Accessibility', 'metaTitle');

/** The accessibility statement in the structure the Act of 4 April 2019 prescribes. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('Accessibility');
  return (
    <article className="max-w-3xl space-y-6 text-slate-800">
      <PageHeading title={t('title')} lead={t('intro')} />
      <section aria-labelledby="dates">
        <h2 id="dates" className="text-xl font-semibold">{t('datesHeading')}</h2>
        <p>{t('published', { date: PUBLISHED })}</p>
        <p>{t('updated', { date: PUBLISHED })}</p>
      </section>
      {SECTIONS.map((section) => (
        <section key={section} aria-labelledby={section}>
          <h2 id={section} className="text-xl font-semibold">{t(`${section}Heading`)}</h2>
          <p>{t(section, { date: PUBLISHED })}</p>
        </section>
      ))}
    </article>
  );
}
