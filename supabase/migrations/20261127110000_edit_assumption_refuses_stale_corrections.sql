-- edit_assumption refused a stale edit only once the revision had changed. Before any opinion, an
-- edit corrects the current revision in place, and its number stays: two people correcting the same
-- draft at once overwrote each other silently. The editor now also names when the revision it
-- started from was last saved (its `updated_at`); a save based on an older state is refused with
-- the same conflict. Without it (null), only the revision is checked, as before.

drop function public.edit_assumption(uuid, integer, text, text);

create function public.edit_assumption(assumption_id uuid, based_on integer, title text, body text, based_on_saved_at timestamptz default null)
returns public.assumption_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.assumptions;
  current_rev public.assumption_revisions;
  saved public.assumption_revisions;
begin
  select * into target from public.assumptions a where a.id = edit_assumption.assumption_id for update;
  if not found or not app.writes_assumptions_of(target.team_id) then
    raise exception 'Not permitted to write this assumption' using errcode = '42501', hint = 'assumptions.forbidden';
  end if;
  select * into current_rev from public.assumption_revisions r
   where r.assumption_id = target.id and r.revision = target.current_revision;
  if target.current_revision <> based_on or current_rev.updated_at <> coalesce(based_on_saved_at, current_rev.updated_at) then
    raise exception 'The assumption was changed meanwhile (revision %)', target.current_revision
      using errcode = 'PT409', hint = 'assumptions.conflict';
  end if;
  perform app.audit_as('assumption.edited');
  if exists (select 1 from public.opinions o where o.revision_id = current_rev.id) then
    insert into public.assumption_revisions (assumption_id, revision, title, body, created_by)
    values (target.id, target.current_revision + 1, btrim(edit_assumption.title), btrim(edit_assumption.body), auth.uid())
    returning * into saved;
    update public.assumptions a set current_revision = saved.revision where a.id = target.id;
  else
    update public.assumption_revisions r set title = btrim(edit_assumption.title), body = btrim(edit_assumption.body), created_by = auth.uid()
     where r.id = current_rev.id returning * into saved;
  end if;
  return saved;
end
$$;

revoke all on function public.edit_assumption(uuid, integer, text, text, timestamptz) from public, anon;
grant execute on function public.edit_assumption(uuid, integer, text, text, timestamptz) to authenticated;
