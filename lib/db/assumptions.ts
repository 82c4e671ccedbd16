import type { SupabaseClient } from '@supabase/supabase-js';
import { can } from '@/lib/auth/permissions';
import type { AppRole } from '@/lib/auth/roles';
import type { AssumptionRequest } from '@/lib/opinions/requests';
import type { AssumptionKind } from '@/lib/workflow/opinions';
import { rowsOf } from './errors';
import { listTeams } from './schedule';
import { comparePolish } from '@/lib/i18n/collation';

export type AssumptionStatus = 'draft' | 'open';

export interface TeamRef {
  id: string;
  name: string;
}

export interface AssumptionSummary {
  id: string;
  team_id: string;
  kind: AssumptionKind;
  number: number;
  status: AssumptionStatus;
  current_revision: number;
  revisions: { revision: number; title: string }[];
  requests: AssumptionRequest[];
}

const REQUEST_COLUMNS = 'department_id, revision_id, replaced_by, opinion:opinions(state)';

/** The current revision's title: the text lives in revisions. */
export const currentTitle = (assumption: Pick<AssumptionSummary, 'current_revision' | 'revisions'>) =>
  assumption.revisions.find((revision) => revision.revision === assumption.current_revision)?.title ?? '';

/**
 * The teams whose assumptions `user` writes in a programme, as the database decides it
 * (app.writes_assumptions_of): those who manage teams write any team's, a moderator their current teams'.
 */
export async function listWritableTeams(client: SupabaseClient, user: { id: string; role: AppRole }, programmeId: string): Promise<TeamRef[]> {
  if (can(user.role, 'teams.manage')) return (await listTeams(client, programmeId)).map(({ id, name }) => ({ id, name }));
  if (!can(user.role, 'assumptions.write')) return [];
  return (await listMyTeams(client, user.id)).filter((team) => team.programme.id === programmeId).map(({ id, name }) => ({ id, name }));
}

/** The teams a moderator leads now, with their programmes. */
export async function listMyTeams(client: SupabaseClient, profileId: string): Promise<(TeamRef & { programme: { id: string; title: string } })[]> {
  const rows = rowsOf(
    await client
      .from('team_moderators')
      .select('team:sector_teams!inner(id, name, sort_order, programme:programmes!inner(id, title))')
      .eq('profile_id', profileId)
      .is('ends_on', null)
      .returns<{ team: TeamRef & { sort_order: number; programme: { id: string; title: string } } }[]>(),
  );
  return rows.map((row) => row.team).sort((a, b) => a.sort_order - b.sort_order || comparePolish(a.name, b.name));
}

/** The assumptions of some teams of a programme, with each revision's title and every request (for the counts). */
export async function listAssumptions(client: SupabaseClient, programmeId: string, teamIds: string[]): Promise<AssumptionSummary[]> {
  return rowsOf(
    await client
      .from('assumptions')
      .select(`id, team_id, kind, number, status, current_revision, revisions:assumption_revisions(revision, title), requests:opinion_requests(${REQUEST_COLUMNS})`)
      .eq('programme_id', programmeId)
      .in('team_id', teamIds)
      .order('kind')
      .order('number')
      .returns<AssumptionSummary[]>(),
  );
}

/** The number after the highest of each kind that the reader sees (a moderator does not see other teams' drafts). */
export async function nextAssumptionNumbers(client: SupabaseClient, programmeId: string): Promise<Record<AssumptionKind, number>> {
  const rows = rowsOf(await client.from('assumptions').select('kind, number').eq('programme_id', programmeId).returns<{ kind: AssumptionKind; number: number }[]>());
  const next = (kind: AssumptionKind) => Math.max(0, ...rows.filter((row) => row.kind === kind).map((row) => row.number)) + 1;
  return { systemic: next('systemic'), substantive: next('substantive') };
}

export interface AssumptionDetail extends Omit<AssumptionSummary, 'revisions' | 'requests'> {
  programme_id: string;
  opened_at: string | null;
  team: { name: string };
  programme: { title: string };
  revisions: { id: string; revision: number; title: string; body: string; created_at: string; updated_at: string; author: { full_name: string } | null }[];
  requests: (AssumptionRequest & { id: string; department: { name: string }; revision: { revision: number } })[];
}

/** An assumption with every revision (oldest first) and every request, each with its department and revision. */
export async function getAssumption(client: SupabaseClient, id: string): Promise<AssumptionDetail | null> {
  return rowsOf(
    await client
      .from('assumptions')
      .select(
        `id, programme_id, team_id, kind, number, status, current_revision, opened_at, team:sector_teams(name), programme:programmes(title),
         revisions:assumption_revisions(id, revision, title, body, created_at, updated_at, author:profiles(full_name)),
         requests:opinion_requests(id, ${REQUEST_COLUMNS}, department:departments(name), revision:assumption_revisions(revision))`,
      )
      .eq('id', id)
      .order('revision', { referencedTable: 'assumption_revisions' })
      .maybeSingle<AssumptionDetail>(),
  );
}

/** The assumption if `user` writes its team's assumptions; a moderator reads other teams' open ones, but not through these pages. */
export async function findWritableAssumption(client: SupabaseClient, user: { id: string; role: AppRole }, id: string): Promise<AssumptionDetail | null> {
  const assumption = await getAssumption(client, id);
  if (!assumption) return null;
  const teams = await listWritableTeams(client, user, assumption.programme_id);
  return teams.some((team) => team.id === assumption.team_id) ? assumption : null;
}

export async function createAssumption(
  client: SupabaseClient,
  assumption: { programmeId: string; teamId: string; kind: AssumptionKind; number: number; title: string; body: string },
): Promise<{ id: string }> {
  return rowsOf(
    await client
      .rpc('create_assumption', {
        programme_id: assumption.programmeId,
        team_id: assumption.teamId,
        kind: assumption.kind,
        number: assumption.number,
        title: assumption.title,
        body: assumption.body,
      })
      .single<{ id: string }>(),
  );
}

/**
 * Saves the text: in place while no opinion read the current revision, else as the next revision.
 * `basedOn` is the revision the editor started from and when it was last saved: a save since then
 * (a new revision or a correction in place) makes the database refuse this one as a conflict.
 */
export async function editAssumption(
  client: SupabaseClient,
  edit: { id: string; basedOn: number; basedOnSavedAt: string; title: string; body: string },
): Promise<{ revision: number }> {
  return rowsOf(
    await client
      .rpc('edit_assumption', { assumption_id: edit.id, based_on: edit.basedOn, based_on_saved_at: edit.basedOnSavedAt, title: edit.title, body: edit.body })
      .single<{ revision: number }>(),
  );
}

/** Opens the draft ones among `ids` for opinions; answers how many were opened. */
export async function openAssumptions(client: SupabaseClient, ids: string[]): Promise<number> {
  return rowsOf(await client.rpc('open_assumptions', { assumption_ids: ids })) as number;
}
