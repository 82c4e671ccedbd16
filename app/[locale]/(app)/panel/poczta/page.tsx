import { getFormatter, getTranslations, setRequestLocale } from 'next-intl/server';
import { DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { ButtonForm } from '@/components/ui/form/button-form';
import { PageHeading } from '@/components/ui/page-heading';
import { retryEmailAction } from '@/lib/actions/outbox';
import { requirePermission } from '@/lib/auth/session';
import { listFailedEmails } from '@/lib/db/outbox';
import { titleFrom } from '@/lib/i18n/metadata';
import { createUserClient } from '@/lib/supabase/server';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Outbox', 'title');

/** The e-mails Resend kept refusing after every attempt, each with its last error and a way to send it again. */
export default async function FailedEmailsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('outbox.manage');
  const t = await getTranslations('Outbox');
  const format = await getFormatter();
  const emails = await listFailedEmails(createUserClient(user));
  const when = (at: string | null) => (at ? format.dateTime(new Date(at), { dateStyle: 'short', timeStyle: 'short' }) : '–');

  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      {emails.length === 0 ? (
        <EmptyState title={t('empty')}>{t('emptyHelp')}</EmptyState>
      ) : (
        <DataTable
          caption={t('count', { count: emails.length })}
          columns={[t('recipient'), t('kind'), t('queued'), t('lastAttempt'), t('attempts'), t('lastError'), t('action')]}
          stackOnPhone
        >
          {emails.map((email) => (
            <tr key={email.id} className="border-b border-slate-200 align-top">
              <th scope="row" data-label={t('recipient')} className="py-2 pr-4 font-normal">
                {email.to_address}
              </th>
              <td data-label={t('kind')} className="py-2 pr-4">
                {t.has(`templates.${email.template}`) ? t(`templates.${email.template}`) : email.template}
              </td>
              <td data-label={t('queued')} className="py-2 pr-4">
                {when(email.created_at)}
              </td>
              <td data-label={t('lastAttempt')} className="py-2 pr-4">
                {when(email.last_attempt_at)}
              </td>
              <td data-label={t('attempts')} className="py-2 pr-4">
                {email.attempts}
              </td>
              <td data-label={t('lastError')} className="py-2 pr-4">
                {/* Resend's own words, in English. */}
                <code lang="en" className="text-sm break-words">
                  {email.last_error ?? '–'}
                </code>
              </td>
              <td data-label={t('action')} className="py-2 pr-4">
                <ButtonForm action={retryEmailAction} values={{ id: email.id }} label={t('retry')} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
