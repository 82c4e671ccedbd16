import { useTranslations } from 'next-intl';
import { ErrorNotice } from '@/components/ui/error-notice';

export default function NotFound() {
  const t = useTranslations('Errors');
  return <ErrorNotice title={t('notFoundTitle')} text={t('notFoundText')} href="/" linkLabel={t('backHome')} />;
}
