import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { InviteUserForm } from '@/components/users/invite-user-form';
import { requirePermission } from '@/lib/auth/session';
import { listDepartments } from '@/lib/db/departments';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string }>;
}

export const generateMetadata = titleFrom('Users', 'inviteTitle');

export default async function InviteUserPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('users.manage');
  const t = await getTranslations('Users');
  const departments = await listDepartments(createUserClient(user));
  return (
    <>
      <PageHeading title={t('inviteTitle')} lead={t('inviteIntro')} />
      <InviteUserForm departments={departments} />
    </>
  );
}
