import { getTranslations, setRequestLocale } from 'next-intl/server';
import { DemoSignInForm } from '@/components/auth/demo-sign-in-form';
import { EmailSignInForm } from '@/components/auth/email-sign-in-form';
import { PageHeading } from '@/components/ui/page-heading';
import { safeCallbackPath } from '@/lib/auth/callback-path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoLoginEnabled } from '@/lib/auth/demo';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ email?: string; callbackUrl?: string; session?: string }>;
}

export const generateMetadata = titleFrom('SignIn', 'title');

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { email, callbackUrl: asked, session } = await searchParams;
  // Carried through both forms to the sign-in, where only a path of this app is followed.
  const callbackUrl = safeCallbackPath(asked) ?? '';
  const t = await getTranslations('SignIn');
  const tRoles = await getTranslations('Roles');
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      {session === 'ended' ? (
        <p role="status" className="mb-6 max-w-2xl rounded border-2 border-amber-600 bg-amber-50 p-4 text-slate-900">
          {t('sessionEnded')}
        </p>
      ) : null}
      <EmailSignInForm email={typeof email === 'string' ? email : ''} callbackUrl={callbackUrl} />
      {demoLoginEnabled() ? (
        <section aria-labelledby="demo-heading" className="mt-12 max-w-2xl rounded-lg border border-amber-300 bg-amber-50 p-5">
          <h2 id="demo-heading" className="text-xl font-semibold">
            {t('demoHeading')}
          </h2>
          <p className="mb-4 mt-2 text-slate-800">{t('demoIntro', { password: DEMO_PASSWORD })}</p>
          <DemoSignInForm callbackUrl={callbackUrl} accounts={DEMO_ACCOUNTS.map((account) => ({ email: account.email, label: `${tRoles(account.role)}: ${account.email}` }))} />
        </section>
      ) : null}
    </>
  );
}
