'use client';

import { useTranslations } from 'next-intl';
import { primaryButton } from '@/components/ui/styles';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('Errors');
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t('text')}</p>
      <button type="button" onClick={reset} className={`mt-6 ${primaryButton}`}>
        {t('retry')}
      </button>
    </div>
  );
}
