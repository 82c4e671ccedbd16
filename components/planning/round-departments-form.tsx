'use client';

import { useTranslations } from 'next-intl';
import { HiddenField } from '@/components/ui/form/fields';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxList } from '@/components/ui/form/checkbox-group';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { setRoundDepartmentsAction } from '@/lib/actions/planning';
import { roundDepartmentsSchema } from '@/lib/schemas/planning';

/** The departments and units taking part: they read the round's schedule and get its e-mails. */
export function RoundDepartmentsForm({ roundId, departments, selected }: { roundId: string; departments: { id: string; name: string }[]; selected: string[] }) {
  const t = useTranslations('Rounds');
  const { form, onSubmit, action, formError, saved } = useActionForm({
    schema: roundDepartmentsSchema,
    action: setRoundDepartmentsAction,
    defaultValues: { roundId, departmentIds: selected },
  });
  return (
    <ActionForm name="round-departments" form={form} onSubmit={onSubmit} action={action} formError={formError} saved={saved} savedMessage={t('saved')} submitLabel={t('saveDepartments')}>
      <HiddenField name="roundId" />
      <CheckboxList name="departmentIds" legend={t('departments')} hint={t('departmentsHint')} options={departments.map(({ id, name }) => ({ value: id, label: name }))} />
    </ActionForm>
  );
}
