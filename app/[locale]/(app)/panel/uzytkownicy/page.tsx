import { getTranslations, setRequestLocale } from 'next-intl/server';
import { PageHeading } from '@/components/ui/page-heading';
import { SavedNotice } from '@/components/ui/saved-notice';
import { ActiveBadge } from '@/components/users/active-badge';
import { requirePermission } from '@/lib/auth/session';
import { listUsers } from '@/lib/db/profiles';
import { Link } from '@/lib/i18n/navigation';
import { createUserClient } from '@/lib/supabase/server';
import { titleFrom } from '@/lib/i18n/metadata';
import { primaryButton, textLink } from '@/components/ui/styles';
import { DataTable } from '@/components/ui/data-table';

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export const generateMetadata = titleFrom('Users', 'title');

export default async function UsersPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePermission('users.manage');
  const t = await getTranslations('Users');
  const tRoles = await getTranslations('Roles');
  const users = await listUsers(createUserClient(user));
  return (
    <>
      <PageHeading title={t('title')} lead={t('intro')} />
      <SavedNotice saved={(await searchParams).saved} />
      <Link href="/panel/uzytkownicy/zapros" className={`mb-6 inline-block ${primaryButton}`}>
        {t('invite')}
      </Link>
      <DataTable caption={t('count', { count: users.length })} columns={[t('fullName'), t('email'), t('role'), t('department'), t('access')]}>
        {users.map((profile) => (
          <tr key={profile.id} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-normal">
              <Link href={`/panel/uzytkownicy/${profile.id}`} className={textLink}>
                {profile.full_name || profile.email}
              </Link>
            </th>
            <td className="py-2 pr-4">{profile.email}</td>
            <td className="py-2 pr-4">{tRoles(profile.role)}</td>
            <td className="py-2 pr-4">{profile.department?.name ?? '–'}</td>
            <td className="py-2 pr-4">
              <ActiveBadge active={profile.active} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
