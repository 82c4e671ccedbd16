import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/auth/permissions';
import { Link } from '@/lib/i18n/navigation';
import { textLink } from '@/components/ui/styles';

/** Everything under /panel needs a signed-in, active user. Each page and action checks its own permission too. */
export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const t = await getTranslations('Panel');
  const tRoles = await getTranslations('Roles');
  const links = [
    { href: '/panel', label: t('home') },
    ...(can(user.role, 'programmes.manage') ? [{ href: '/panel/programy', label: t('programmes') }] : []),
    ...(can(user.role, 'venues.manage') ? [{ href: '/panel/miejsca', label: t('venues') }] : []),
    ...(can(user.role, 'users.manage') ? [{ href: '/panel/uzytkownicy', label: t('users') }] : []),
    ...(can(user.role, 'outbox.manage') ? [{ href: '/panel/poczta', label: t('outbox') }] : []),
    ...(can(user.role, 'opinions.submit') ? [{ href: '/panel/opiniowanie', label: (await getTranslations('Opinions'))('navLink') }] : []),
  ];
  return (
    <div>
      <div className="mb-8 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3">
        <nav aria-label={t('nav')}>
          <ul className="flex flex-wrap gap-4">
            {links.map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={`font-medium ${textLink}`}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="text-sm text-slate-700">{t('signedInAs', { name: user.fullName || user.email, role: tRoles(user.role) })}</p>
      </div>
      {children}
    </div>
  );
}
