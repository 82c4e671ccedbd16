'use client';

import { useTranslations } from 'next-intl';
import { primaryButton } from '@/components/ui/styles';
import { BACKEND_UNAVAILABLE_DIGEST } from '@/lib/db/errors';

/**
 * A page that failed. When the database could not be reached (lib/db/errors.ts), it says so: the
 * service is away for a moment, not broken. Trying again is a link to this same page, which loads
 * it afresh from the server, with or without JavaScript.
 */
export default function ErrorPage({ error }: { error: unknown }) {
  const t = useTranslations('Errors');
  const unavailable = error instanceof Error && 'digest' in error && error.digest === BACKEND_UNAVAILABLE_DIGEST;
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t(unavailable ? 'unavailableTitle' : 'title')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t(unavailable ? 'unavailableText' : 'text')}</p>
      {/* An empty address is this page's own: the link loads it again. */}
      <a href="" className={`mt-6 inline-block no-underline ${primaryButton}`}>
        {t('retry')}
      </a>
    </div>
  );
}
