'use client';

import { useTranslations } from 'next-intl';
import { useContext } from 'react';
import { fieldId, FormNameContext, HiddenField, ListCheckbox } from '@/components/ui/form/fields';
import { ActionForm } from '@/components/ui/form/action-form';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { setRoundDepartmentsAction } from '@/lib/actions/planning';
import { roundDepartmentsSchema } from '@/lib/schemas/planning';

function DepartmentChoices({ departments }: { departments: { id: string; name: string }[] }) {
  const t = useTranslations('Rounds');
  // The error summary links to the group by this id.
  return (
    <fieldset id={fieldId(useContext(FormNameContext), 'departmentIds')} tabIndex={-1}>
      <legend className="font-medium">{t('departments')}</legend>
      <p className="mb-2 text-sm text-slate-700">{t('departmentsHint')}</p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {departments.map((department) => (
          <li key={department.id}>
            <label className="flex items-start gap-2">
              <ListCheckbox name="departmentIds" value={department.id} />
              {department.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

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
      <DepartmentChoices departments={departments} />
    </ActionForm>
  );
}
