import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/lib/i18n/navigation';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('checkEmailTitle') };
}

/** The same page whether the address belongs to a user or not. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  return (
    <>
      <PageHeading title={t('checkEmailTitle')} lead={t('checkEmailText')} />
      <p className="max-w-2xl text-slate-700">{t('checkEmailHelp')}</p>
      <Link href="/signin" className="mt-6 inline-block text-brand-800 underline hover:no-underline">
        {t('tryAgain')}
      </Link>
    </>
  );
}
