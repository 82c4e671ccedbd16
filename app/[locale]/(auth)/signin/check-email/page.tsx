import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('SignIn', 'checkEmailTitle');

/** The same page whether the address belongs to a user or not. */
export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  return (
    <>
      <PageHeading title={t('checkEmailTitle')} lead={t('checkEmailText')} />
      <p className="max-w-2xl text-slate-700">{t('checkEmailHelp')}</p>
      <p className="mt-3 max-w-2xl text-slate-700">{t('checkEmailLimit')}</p>
      <Link href="/signin" className={`mt-6 inline-block ${textLink}`}>
        {t('tryAgain')}
      </Link>
    </>
  );
}
