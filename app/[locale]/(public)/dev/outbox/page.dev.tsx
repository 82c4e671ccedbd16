import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeading } from '@/components/ui/page-heading';
import { listRecentEmails } from '@/lib/db/outbox';
import { renderEmail } from '@/lib/email/render';
import { serverEnv } from '@/lib/env';
import { isLoopbackAddress } from '@/lib/local-stack/hosts';
import { createServiceClient } from '@/lib/supabase/admin';
import { titleFrom } from '@/lib/i18n/metadata';
import { textLink } from '@/components/ui/styles';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('DevOutbox', 'title');

/**
 * Under `npm run dev` only (a `.dev.tsx` page, see next.config.ts), for this machine only: the
 * e-mails the app queued, as their recipients would read them, so a newcomer without a Resend key
 * can follow a magic link. Anyone else who read it could sign in as anyone.
 */
export default async function DevOutboxPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const env = serverEnv();
  // Next.js listens on 127.0.0.1; when TURA_HOST opens the app, the CLI's front in front of it
  // sets X-Forwarded-For to the real peer (lib/local-stack/dev-front.ts).
  if (!env.TURA_LOCAL_STACK || !isLoopbackAddress((await headers()).get('x-forwarded-for'))) notFound();
  const t = await getTranslations('DevOutbox');
  const format = await getFormatter();
  const emails = await Promise.all(
    (await listRecentEmails(createServiceClient())).map(async (email) => ({ ...email, rendered: await renderEmail(email, env.APP_URL) })),
  );
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      {emails.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyText')}</EmptyState>
      ) : (
        <ol className="space-y-6">
          {emails.map((email) => (
            <li key={email.id} className="rounded-lg border border-slate-200 p-5">
              <h2 className="text-lg font-semibold">{email.rendered.subject}</h2>
              <p className="text-sm text-slate-700">
                {t('meta', { to: email.to_address, when: format.dateTime(new Date(email.created_at), { dateStyle: 'short', timeStyle: 'short' }), status: t(`status.${email.status}`) })}
              </p>
              <pre className="mt-3 whitespace-pre-wrap break-words rounded bg-slate-50 p-3 text-sm">{email.rendered.text}</pre>
              <ul className="mt-2">
                {[...new Set(email.rendered.text.match(/https?:\/\/\S+/g) ?? [])].map((url) => (
                  <li key={url}>
                    <a href={url} className={textLink}>
                      {t('openLink', { host: new URL(url).host })}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
