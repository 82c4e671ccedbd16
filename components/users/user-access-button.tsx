'use client';

import { useTranslations } from 'next-intl';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { setUserActiveAction } from '@/lib/actions/users';
import { useRouter } from '@/lib/i18n/navigation';

/** Deactivating ends the user's access at their next request; reactivating lets them sign in again. */
export function UserAccessButton({ user }: { user: { id: string; active: boolean; full_name: string } }) {
  const t = useTranslations('Users');
  const router = useRouter();
  const next = !user.active;
  return (
    <ConfirmButton
      label={next ? t('reactivate') : t('deactivate')}
      title={next ? t('reactivateTitle', { name: user.full_name }) : t('deactivateTitle', { name: user.full_name })}
      description={next ? t('reactivateDescription') : t('deactivateDescription')}
      confirmLabel={next ? t('reactivateConfirm') : t('deactivateConfirm')}
      onConfirm={async () => {
        const result = await setUserActiveAction({ userId: user.id, active: next });
        if (!result.ok) return result.formError ?? 'unexpected';
        router.refresh();
        return null;
      }}
    />
  );
}
