import { getTranslations, setRequestLocale } from 'next-intl/server';
import { ConfirmationNotice, ConfirmSignupForm } from '@/components/signups/confirm-signup-form';
import { PageHeading } from '@/components/ui/page-heading';
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
        <ConfirmationNotice confirmation={{ status: 'unknown' }} />
      )}
    </>
  );
}
