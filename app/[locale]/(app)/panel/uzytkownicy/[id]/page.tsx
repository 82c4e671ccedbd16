import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { PageHeading } from '@/components/ui/page-heading';
import { ActiveBadge } from '@/components/users/active-badge';
import { UserAccessButton } from '@/components/users/user-access-button';
import { UserRoleForm } from '@/components/users/user-role-form';
import { requirePermission } from '@/lib/auth/session';
import { listDepartments } from '@/lib/db/departments';
import { getUser } from '@/lib/db/profiles';
import { createUserClient } from '@/lib/supabase/server';
import { isUuid } from '@/lib/schemas/fields';
import { titleFrom } from '@/lib/i18n/metadata';

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export const generateMetadata = titleFrom('Users', 'userTitle');

export default async function UserPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const me = await requirePermission('users.manage');
  const client = createUserClient(me);
  const user = isUuid(id) ? await getUser(client, id) : null;
  if (!user) notFound();
  const t = await getTranslations('Users');
  const tRoles = await getTranslations('Roles');
  const departments = await listDepartments(client);
  const self = user.id === me.id;

  return (
    <>
      <PageHeading title={user.full_name || user.email} lead={user.email} />
      <dl className="mb-8 grid max-w-2xl gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t('role')}</dt>
        <dd>{tRoles(user.role)}</dd>
        <dt className="font-medium">{t('department')}</dt>
        <dd>{user.department?.name ?? '–'}</dd>
        <dt className="font-medium">{t('access')}</dt>
        <dd>
          <ActiveBadge active={user.active} />
        </dd>
      </dl>
      {self ? (
        <p className="max-w-2xl rounded border border-slate-300 bg-slate-50 p-4">{t('ownAccountNote')}</p>
      ) : (
        <>
          <section aria-labelledby="role-heading" className="mb-10">
            <h2 id="role-heading" className="mb-3 text-2xl font-semibold">
              {t('changeRole')}
            </h2>
            <UserRoleForm user={user} departments={departments} />
          </section>
          <section aria-labelledby="access-heading">
            <h2 id="access-heading" className="mb-3 text-2xl font-semibold">
              {t('access')}
            </h2>
            <UserAccessButton user={user} />
          </section>
        </>
      )}
    </>
  );
}
