-- The register's counts, made by the database: a round's requests grouped per department and per
-- team (with their deadline and their submitted opinion's stance, outcome and lateness), a few
-- hundred rows where the page used to read every request (6,000 in a large round, 2 MB of JSON)
-- to count them itself. As the caller: RLS decides which requests, departments, teams and
-- opinions count, as it did for the requests read one by one.

create function public.register_tallies(round_id uuid)
returns table (
  grouped_by text,
  id uuid,
  name text,
  deadline date,
  stance public.opinion_stance,
  outcome public.decision_outcome,
  late boolean,
  requests integer
)
language sql stable security invoker set search_path = ''
as $$
  select case when grouping(d.id) = 0 then 'department' else 'team' end,
         coalesce(d.id, t.id), coalesce(d.name, t.name), r.deadline, o.stance, o.outcome, o.late, count(*)::integer
    from public.opinion_requests r
    join public.departments d on d.id = r.department_id
    join public.assumptions a on a.id = r.assumption_id
    join public.sector_teams t on t.id = a.team_id
    left join public.opinions o on o.request_id = r.id and o.state = 'submitted'
   where r.round_id = register_tallies.round_id
   group by grouping sets ((d.id, d.name, r.deadline, o.stance, o.outcome, o.late), (t.id, t.name, r.deadline, o.stance, o.outcome, o.late))
$$;
revoke all on function public.register_tallies(uuid) from public;
grant execute on function public.register_tallies(uuid) to authenticated, service_role;
