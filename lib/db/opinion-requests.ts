import type { SupabaseClient } from '@supabase/supabase-js';
import { rowsOf } from './errors';

/**
 * Asks each department about each assumption (their current revisions), by a deadline; pairs asked
 * already are skipped. Each department's staff get one e-mail. Answers how many requests were made.
 */
export async function requestOpinions(
  client: SupabaseClient,
  request: { roundId: string; departmentIds: string[]; assumptionIds: string[]; deadline: string; remindDaysBefore: number },
): Promise<number> {
  return rowsOf(
    await client.rpc('request_opinions', {
      round_id: request.roundId,
      department_ids: request.departmentIds,
      assumption_ids: request.assumptionIds,
      deadline: request.deadline,
      remind_days_before: request.remindDaysBefore,
    }),
  ) as number;
}

/** Asks the departments that answered an earlier revision about the current one; answers how many were asked. */
export async function askAgain(client: SupabaseClient, assumptionId: string, departmentIds: string[], deadline: string): Promise<number> {
  return rowsOf(await client.rpc('ask_again', { assumption_id: assumptionId, department_ids: departmentIds, deadline })) as number;
}

/**
 * How many active members of staff each department has: they get its e-mails (app.department_staff
 * picks them by the same rule). Only those who read every profile see them all.
 */
export async function countDepartmentStaff(client: SupabaseClient, departmentIds: string[]): Promise<Record<string, number>> {
  const rows = rowsOf(
    await client
      .from('profiles')
      .select('department_id')
      .eq('role', 'department')
      .eq('active', true)
      .in('department_id', departmentIds)
      .returns<{ department_id: string }[]>(),
  );
  const counts: Record<string, number> = Object.fromEntries(departmentIds.map((id) => [id, 0]));
  for (const row of rows) counts[row.department_id] = (counts[row.department_id] ?? 0) + 1;
  return counts;
}
