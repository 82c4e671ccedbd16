import { useTranslations } from 'next-intl';
import { secondaryButton, textLink } from '@/components/ui/styles';
import { Link } from '@/lib/i18n/navigation';
import { DECISION_STATES } from '@/lib/opinions/register';
import { QUEUE_PARAMS, type QueueFilters } from '@/lib/schemas/decisions';
import { ASSUMPTION_KINDS, OPINION_STANCES } from '@/lib/workflow/opinions';

interface Option {
  value: string;
  label: string;
}

const selectClass = 'block w-full rounded border border-slate-500 bg-white px-3 py-2 text-slate-900';

function Filter({ name, label, options, value, all }: { name: string; label: string; options: Option[]; value: string | undefined; all: string }) {
  const id = `filter-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={selectClass}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The queue's filters as a plain GET form: the address carries them, so a filtered page can be
 * linked and bookmarked, and it works without a script. It holds nothing secret.
 */
export function QueueFilterForm({ filters, teams, departments, clearHref }: { filters: QueueFilters; teams: Option[]; departments: Option[]; clearHref: string }) {
  const t = useTranslations('Decisions');
  return (
    <form method="get" role="search" aria-label={t('filters')} className="mb-6 grid gap-4 rounded-lg border border-slate-200 p-4 sm:grid-cols-2 lg:grid-cols-3">
      <Filter name={QUEUE_PARAMS.state} label={t('state')} all={t('allStates')} value={filters.state} options={DECISION_STATES.map((state) => ({ value: state, label: t(`states.${state}`) }))} />
      <Filter name={QUEUE_PARAMS.department} label={t('department')} all={t('allDepartments')} value={filters.department} options={departments} />
      <Filter name={QUEUE_PARAMS.team} label={t('team')} all={t('allTeams')} value={filters.team} options={teams} />
      <Filter name={QUEUE_PARAMS.kind} label={t('kind')} all={t('allKinds')} value={filters.kind} options={ASSUMPTION_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))} />
      <Filter name={QUEUE_PARAMS.stance} label={t('stance')} all={t('allStances')} value={filters.stance} options={OPINION_STANCES.map((stance) => ({ value: stance, label: t(`stances.${stance}`) }))} />
      <div className="flex items-end gap-4">
        <button type="submit" className={secondaryButton}>
          {t('applyFilters')}
        </button>
        <Link href={clearHref} className={textLink}>
          {t('clearFilters')}
        </Link>
      </div>
    </form>
  );
}
