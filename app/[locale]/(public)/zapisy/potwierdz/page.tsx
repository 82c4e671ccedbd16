import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmSignupForm } from '@/components/signups/confirm-signup-form';
import { SignupNotice } from '@/components/signups/signup-notice';
import { PageHeading } from '@/components/ui/page-heading';
import { textLink } from '@/components/ui/styles';
import { Link } from '@/lib/i18n/navigation';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string | string[] }>;
}

export const generateMetadata = titleFrom('Signups', 'confirmTitle');

/** Where the e-mail's link leads: opening it changes nothing, the button confirms. */
export default async function ConfirmSignupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { token } = await searchParams;
  const t = await getTranslations('Signups');
  return (
    <>
      <PageHeading title={t('confirmTitle')} />
      {typeof token === 'string' && token ? (
        <ConfirmSignupForm token={token} />
      ) : (
        <SignupNotice title={t('unknownTitle')} tone="bad">
          <p>{t('unknownText')}</p>
          <Link href="/" className={`mt-4 inline-block ${textLink}`}>
            {t('toRounds')}
          </Link>
        </SignupNotice>
      )}
    </>
  );
}
