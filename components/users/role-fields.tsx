'use client';

import { useTranslations } from 'next-intl';
import { useFormContext } from 'react-hook-form';
import { SelectField } from '@/components/ui/form/fields';
import { APP_ROLES } from '@/lib/auth/roles';

export interface DepartmentOption {
  id: string;
  name: string;
}

/** Role, and the department that department staff must have. */
export function RoleFields({ departments }: { departments: DepartmentOption[] }) {
  const t = useTranslations('Users');
  const tRoles = useTranslations('Roles');
  const role = useFormContext().watch('role');
  return (
    <>
      <SelectField name="role" label={t('role')} required options={APP_ROLES.map((value) => ({ value, label: tRoles(value) }))} />
      <SelectField
        name="departmentId"
        label={t('department')}
        required={role === 'department'}
        hint={t('departmentHint')}
        placeholder={t('noDepartment')}
        options={departments.map((department) => ({ value: department.id, label: department.name }))}
      />
    </>
  );
}
