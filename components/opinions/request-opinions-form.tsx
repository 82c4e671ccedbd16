'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ActionForm } from '@/components/ui/form/action-form';
import { CheckboxGroup, CheckboxOption } from '@/components/ui/form/checkbox-group';
import { HiddenField, TextField } from '@/components/ui/form/fields';
import { useActionForm } from '@/components/ui/form/use-action-form';
import { requestOpinionsAction } from '@/lib/actions/opinion-requests';
import { recipients } from '@/lib/opinions/requests';
import { requestOpinionsSchema } from '@/lib/schemas/opinion-requests';
import type { AssumptionKind } from '@/lib/workflow/opinions';

export interface RequestableDepartment {
  id: string;
  name: string;
  /** Active staff accounts: they get the e-mail. */
  staff: number;
}

/** The open assumptions of a kind, team by team. */
export interface AssumptionGroup {
  kind: AssumptionKind;
  teams: { id: string; name: string; assumptions: { id: string; number: number; title: string; revision: number }[] }[];
}

/** The departments to ask, each with how many of its staff get the e-mail. */
export function DepartmentChoices({ departments, legend, hint }: { departments: RequestableDepartment[]; legend: string; hint: string }) {
  const t = useTranslations('OpinionRequests');
  return (
    <CheckboxGroup name="departmentIds" legend={legend} hint={hint} required>
      <ul className="grid gap-1 sm:grid-cols-2">
        {departments.map((department) => (
          <CheckboxOption key={department.id} name="departmentIds" value={department.id}>
            {department.name} <span className="text-sm text-slate-700">({t('staff', { count: department.staff })})</span>
          </CheckboxOption>
        ))}
      </ul>
    </CheckboxGroup>
  );
}

/** What the question before sending says: whose staff, and how many people, get an e-mail. */
export function useRecipientsText(departments: RequestableDepartment[], chosen: unknown) {
  const t = useTranslations('OpinionRequests');
  const staff = Object.fromEntries(departments.map((department) => [department.id, department.staff]));
  return t('recipients', recipients(Array.isArray(chosen) ? chosen : [], staff));
}

/**
 * The coordinator asks departments taking part in a round for opinions on open assumptions of its
 * programme, by a deadline. Pairs asked already are skipped; the answer says how many were new.
 */
export function RequestOpinionsForm({ roundId, departments, groups }: { roundId: string; departments: RequestableDepartment[]; groups: AssumptionGroup[] }) {
  const t = useTranslations('OpinionRequests');
  const tAssumptions = useTranslations('Assumptions');
  const [created, setCreated] = useState<number | null>(null);
  const { form, onSubmit, action, formError, saved, postedData } = useActionForm({
    schema: requestOpinionsSchema,
    action: requestOpinionsAction,
    defaultValues: { roundId, departmentIds: [], assumptionIds: [], deadline: '', remindDaysBefore: 3 },
    onSuccess: (result) => setCreated(result.created),
  });
  const recipientsText = useRecipientsText(departments, form.watch('departmentIds'));
  return (
    <ActionForm
      name="request-opinions"
      form={form}
      onSubmit={onSubmit}
      action={action}
      formError={formError}
      saved={saved}
      savedMessage={t('created', { count: created ?? postedData?.created ?? 0 })}
      submitLabel={t('submit')}
      confirm={{ title: t('confirmTitle'), description: `${recipientsText} ${t('confirmSkipped')}`, confirmLabel: t('confirm') }}
    >
      <HiddenField name="roundId" />
      <DepartmentChoices departments={departments} legend={t('departmentsLegend')} hint={t('departmentsHint')} />
      <CheckboxGroup name="assumptionIds" legend={t('assumptionsLegend')} hint={t('assumptionsHint')} required>
        {groups.map((group) => (
          <fieldset key={group.kind} className="space-y-2">
            <legend className="font-semibold">{tAssumptions(`kindHeading.${group.kind}`)}</legend>
            {group.teams.map((team) => (
              <div key={team.id} className="pl-4">
                <p id={`request-team-${group.kind}-${team.id}`} className="text-slate-800">
                  {team.name}
                </p>
                <ul aria-labelledby={`request-team-${group.kind}-${team.id}`} className="space-y-1 pl-2">
                  {team.assumptions.map((assumption) => (
                    <CheckboxOption key={assumption.id} name="assumptionIds" value={assumption.id}>
                      {t('assumptionOption', assumption)}
                    </CheckboxOption>
                  ))}
                </ul>
              </div>
            ))}
          </fieldset>
        ))}
      </CheckboxGroup>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField name="deadline" type="date" label={t('deadline')} hint={t('deadlineHint')} required />
        <TextField name="remindDaysBefore" type="number" label={t('remindDays')} hint={t('remindDaysHint')} required />
      </div>
    </ActionForm>
  );
}
