'use client';

import { useTranslations } from 'next-intl';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Errors');
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t('text')}</p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand-800 px-4 py-2 font-medium text-white hover:bg-brand-900">
        {t('retry')}
      </button>
    </div>
  );
}
