import type { HeldOutcome } from '@/lib/db/minutes';
import { comparePolish } from '@/lib/i18n/collation';

/**
 * The attendance part prefilled from the meeting's outcome: the organisations present (a line
 * each), their count, and the city's departments present. Words come from `label`.
 */
export function attendanceFromOutcome(outcome: HeldOutcome, label: (key: 'organisations' | 'count' | 'departments') => string): string {
  const lines: string[] = [];
  if (outcome.organisations.length > 0) lines.push(`${label('organisations')}:`, ...outcome.organisations.map((name) => `- ${name}`));
  if (outcome.organisation_count !== null) lines.push(`${label('count')}: ${outcome.organisation_count}`);
  const departments = outcome.departments.map((row) => row.department.name).sort(comparePolish);
  if (departments.length > 0) lines.push(`${label('departments')}: ${departments.join(', ')}`);
  return lines.join('\n');
}
