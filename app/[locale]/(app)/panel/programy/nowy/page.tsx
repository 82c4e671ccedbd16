import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewProgrammeForm } from '@/components/programmes/programme-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Programmes', 'new');

export default async function NewProgrammePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission('programmes.manage');
  const t = await getTranslations('Programmes');
  return (
    <>
      <PageHeading title={t('new')} lead={t('newIntro')} />
      <NewProgrammeForm />
    </>
  );
}
