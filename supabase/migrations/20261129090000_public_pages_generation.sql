-- Public pages are rendered once and kept by every web server (lib/public-cache) until what they
-- show changes. What a visitor may read comes from the tables below only (the anon role reads no
-- other), so every change to one of them moves a single counter, in the same transaction: the
-- servers see the new value exactly when the change commits, never before, and drop their pages.
-- The opinions, drafts, sign-ups, the outbox and the audit log are not among them: the day the
-- departments submit their opinions leaves the public pages cached.

create table app.public_generation (
  singleton boolean primary key default true check (singleton),
  generation bigint not null default 0,
  changed_at timestamptz not null default now()
);
comment on table app.public_generation is 'Moves when anything a visitor may read changes: the web servers keep their rendered public pages while it stays.';
insert into app.public_generation default values;
alter table app.public_generation enable row level security;
revoke all on app.public_generation from public, anon, authenticated;
-- Read by anyone (a number that tells nothing but that something changed); written by the trigger below only.
grant select on app.public_generation to anon, authenticated, service_role;
create policy "Anyone can read the public generation" on app.public_generation for select to anon, authenticated, service_role using (true);

-- A row lock held to the commit: concurrent writers of public tables queue here, which is cheap
-- because such writes are a coordinator's (a sequence would move before the commit, and a server
-- could cache the old page under the new number).
create function app.touch_public_generation() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  update app.public_generation set generation = generation + 1, changed_at = now();
  return null;
end
$$;
revoke all on function app.touch_public_generation() from public;

do $$
declare
  target text;
begin
  foreach target in array array[
    'departments', 'programmes', 'rounds', 'sector_teams', 'team_moderators', 'venues', 'venue_rooms',
    'meetings', 'schedule_versions', 'meeting_outcomes', 'meeting_outcome_departments', 'minutes_revisions',
    'minutes_waivers', 'follow_ups', 'summary_versions'
  ] loop
    execute format('create trigger touch_public_generation after insert or update or delete or truncate on public.%I '
                   'for each statement execute function app.touch_public_generation()', target);
  end loop;
end
$$;

-- What the servers ask, at most once a second each, through the Data API (the app schema is not exposed).
create function public.public_generation() returns bigint
language sql stable security invoker set search_path = ''
as $$
  select generation from app.public_generation
$$;
revoke all on function public.public_generation() from public;
grant execute on function public.public_generation() to anon, authenticated, service_role;
