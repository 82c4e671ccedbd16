import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';

export default function Forbidden() {
  const t = useTranslations('Errors');
  return (
    <div className="max-w-2xl">
      <h1 className="text-3xl font-bold">{t('forbiddenTitle')}</h1>
      <p className="mt-3 text-lg text-slate-700">{t('forbiddenText')}</p>
      <Link href="/panel" className="mt-6 inline-block text-brand-800 underline hover:no-underline">
        {t('backToPanel')}
      </Link>
    </div>
  );
}
