import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string | string[] }>;
}

/**
 * next-auth's name for a failure that is not the link's nor the account's (its adapter could not
 * reach the database, say): the link was not used up, and opening it again may work.
 */
const ON_OUR_SIDE = 'Configuration';

export const generateMetadata = titleFrom('SignIn', 'errorTitle');

export default async function SignInErrorPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations('SignIn');
  const onOurSide = (await searchParams).error === ON_OUR_SIDE;
  return (
    <>
      <PageHeading title={t('errorTitle')} lead={t(onOurSide ? 'errorOnOurSide' : 'errorText')} />
      <Link href="/signin" className={`inline-block ${textLink}`}>
        {t('tryAgain')}
      </Link>
    </>
  );
}
