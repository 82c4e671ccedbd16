import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { signOutAction } from '@/lib/actions/auth';
import { currentUser } from '@/lib/auth/session';
import { BackendUnavailable } from '@/lib/db/errors';
import { clientMessages } from '@/lib/i18n/client-messages';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';
import '../globals.css';
import { textLink } from '@/components/ui/styles';

interface Props {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Layout' });
  return { title: { template: `%s – ${t('siteName')}`, default: t('siteName') } };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations('Layout');
  const tArchive = await getTranslations('SummaryArchive');
  // Without the database, the page below says so (error.tsx) and the header offers neither the panel nor sign-in.
  const user = await currentUser().catch((error: unknown) => {
    if (error instanceof BackendUnavailable) return undefined;
    throw error;
  });

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>
          <a
            href="#main"
            className="skip-link sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-2 focus:text-brand-900"
          >
            {t('skipLink')}
          </a>
          <header className="border-b border-slate-200 bg-brand-900 text-white">
            <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
              <Link href="/" className="flex flex-col rounded no-underline">
                <span className="text-xl font-bold">{t('siteName')}</span>
                <span className="text-sm text-blue-100">{t('tagline')}</span>
              </Link>
              <nav aria-label={t('mainNav')}>
                <ul className="flex items-center gap-4 text-sm">
                  <li>
                    <Link href="/" className="underline hover:no-underline">
                      {t('home')}
                    </Link>
                  </li>
                  <li>
                    <Link href="/podsumowania" className="underline hover:no-underline">
                      {tArchive('navLink')}
                    </Link>
                  </li>
                  {user ? (
                    <>
                      <li>
                        <Link href="/panel" className="underline hover:no-underline">
                          {t('panel')}
                        </Link>
                      </li>
                      <li>
                        <form action={signOutAction}>
                          <button type="submit" className="underline hover:no-underline">
                            {t('signOut')}
                          </button>
                        </form>
                      </li>
                    </>
                  ) : user === null ? (
                    <li>
                      <Link href="/signin" className="underline hover:no-underline">
                        {t('signIn')}
                      </Link>
                    </li>
                  ) : null}
                  <li>
                    <LanguageSwitch label={t('switchLanguage')} />
                  </li>
                </ul>
              </nav>
            </div>
          </header>
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
            {children}
          </main>
          <footer className="border-t border-slate-200 bg-slate-50">
            <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-4 text-sm text-slate-700">
              <p>{t('owner')}</p>
              <Link href="/deklaracja-dostepnosci" className={textLink}>
                {t('accessibilityStatement')}
              </Link>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
