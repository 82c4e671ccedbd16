import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { NewProgrammeForm } from '@/components/programmes/programme-form';
import { PageHeading } from '@/components/ui/page-heading';
import { requirePermission } from '@/lib/auth/session';

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Programmes' });
  return { title: t('new') };
}

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
