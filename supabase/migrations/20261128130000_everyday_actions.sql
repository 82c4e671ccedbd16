-- Everyday actions (issue 12).

------------------------------------------------------------------------------------------------
-- A round a coordinator creates starts with the departments taking part filled in: those of the
-- programme's latest other round (the same departments usually take part in every round of a
-- programme), or, for a programme's first round (or one whose rounds had none), every department
-- that is not the coordinating one (the programme of cooperation concerns them all; removing the
-- few that do not take part is less likely to be forgotten than adding each one). The coordinator
-- changes them on the round's page as before (set_round_departments). Rounds written without a
-- user (seed data, the service role) say their departments themselves, so they get none here.

create function app.prefill_round_departments() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  previous uuid;
begin
  if auth.uid() is null then
    return null;
  end if;
  select r.id into previous
    from public.rounds r
   where r.programme_id = new.programme_id and r.id <> new.id
     and exists (select 1 from public.round_departments rd where rd.round_id = r.id)
   order by r.number desc
   limit 1;
  if previous is not null then
    insert into public.round_departments (round_id, department_id)
    select new.id, rd.department_id from public.round_departments rd where rd.round_id = previous;
  else
    insert into public.round_departments (round_id, department_id)
    select new.id, d.id from public.departments d where d.kind <> 'coordinating';
  end if;
  return null;
end
$$;
revoke all on function app.prefill_round_departments() from public, anon, authenticated;

create trigger rounds_prefill_departments after insert on public.rounds
  for each row execute function app.prefill_round_departments();
