import { useTranslations } from 'next-intl';
import { ErrorNotice } from '@/components/ui/error-notice';

export default function Forbidden() {
  const t = useTranslations('Errors');
  return <ErrorNotice title={t('forbiddenTitle')} text={t('forbiddenText')} href="/panel" linkLabel={t('backToPanel')} />;
}
