-- Every table the Data API serves, granted to the API roles explicitly. A Supabase project created
-- since 2026-05-30 (and every project from 2026-10-30) no longer grants new tables in `public` to
-- anon, authenticated and service_role by default, so without these no request would reach them.
-- The grants are those the earlier migrations left in force under the old defaults, no wider
-- (only the operations the Data API performs; visitors only read): row-level security still
-- decides which rows, and the column-level update grants of those migrations which columns.

-- Visitors only read, on projects of either kind (the old defaults also let them try writes that
-- row-level security refused).
revoke insert, update, delete, truncate on all tables in schema public from anon;
grant select on public.departments, public.profiles, public.programmes, public.rounds, public.schedule_versions,
  public.team_moderators, public.meetings, public.round_departments, public.sector_teams, public.venues,
  public.venue_rooms to anon;

grant select on public.schedule_versions, public.team_moderators to authenticated;
grant select, delete on public.profiles to authenticated;
grant select, insert, delete on public.rounds, public.meetings, public.round_departments to authenticated;
grant select, insert, update, delete on public.departments, public.programmes, public.sector_teams,
  public.venues, public.venue_rooms to authenticated;

grant select, insert, update, delete on public.departments, public.profiles, public.programmes,
  public.rounds, public.email_outbox, public.sector_teams, public.team_moderators, public.venues,
  public.venue_rooms, public.round_departments, public.meetings, public.schedule_versions to service_role;
