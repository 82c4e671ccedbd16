import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('SignIn', 'errorTitle');

export default async function SignInErrorPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  return (
    <>
      <PageHeading title={t('errorTitle')} lead={t('errorText')} />
      <Link href="/signin" className={`inline-block ${textLink}`}>
        {t('tryAgain')}
      </Link>
    </>
  );
}
