-- Core of Tura: departments and units, user profiles, programmes, rounds, the audit log and
-- the e-mail outbox. Every table has row-level security; policies call the small helpers in
-- the `app` schema, which PostgREST does not expose.

create schema if not exists app;
grant usage on schema app to anon, authenticated, service_role;

create type public.department_kind as enum ('city_department', 'municipal_unit', 'coordinating');
create type public.app_role as enum ('coordinator', 'department', 'moderator');
create type public.round_status as enum ('planning', 'consultation', 'summarising', 'closed');
create type public.outbox_status as enum ('pending', 'sent', 'failed');

create function app.touch_updated_at() returns trigger
language plpgsql set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;

-- Departments of the city hall and municipal units (MJO), and the coordinating department.
create table public.departments (
  id uuid primary key default gen_random_uuid(),
  kind public.department_kind not null,
  name text not null unique check (length(btrim(name)) between 1 and 300),
  short_name text not null unique check (length(btrim(short_name)) between 1 and 40),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create trigger departments_touch before update on public.departments
  for each row execute function app.touch_updated_at();

-- People who sign in. Their role and department decide what they may see and do.
create table public.profiles (
  id uuid primary key default gen_random_uuid(),
  email text not null check (email = lower(btrim(email)) and email like '%_@_%'),
  full_name text not null default '' check (length(full_name) <= 200),
  role public.app_role not null,
  department_id uuid references public.departments (id) on delete restrict,
  active boolean not null default true,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint department_staff_have_a_department check (role <> 'department' or department_id is not null)
);
create unique index profiles_email_key on public.profiles (email);
create index profiles_department_id_idx on public.profiles (department_id);
create trigger profiles_touch before update on public.profiles
  for each row execute function app.touch_updated_at();

-- The multi-year programme of cooperation being consulted.
create table public.programmes (
  id uuid primary key default gen_random_uuid(),
  title text not null check (length(btrim(title)) between 1 and 500),
  year_from integer not null check (year_from between 2000 and 2100),
  year_to integer not null check (year_to between 2000 and 2100),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint programme_years_in_order check (year_to >= year_from)
);
create trigger programmes_touch before update on public.programmes
  for each row execute function app.touch_updated_at();

-- A round of consultation meetings of one programme.
create table public.rounds (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete restrict,
  number integer not null check (number between 1 and 99),
  title text not null check (length(btrim(title)) between 1 and 300),
  status public.round_status not null default 'planning',
  starts_on date,
  ends_on date,
  is_public boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint round_number_unique_in_programme unique (programme_id, number),
  constraint round_dates_in_order check (ends_on is null or starts_on is null or ends_on >= starts_on)
);
create index rounds_programme_id_idx on public.rounds (programme_id);
create trigger rounds_touch before update on public.rounds
  for each row execute function app.touch_updated_at();

-- Who did what, written only by the database functions that make the changes.
create table public.audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  action text not null,
  entity text not null,
  entity_id uuid,
  details jsonb not null default '{}'
);
create index audit_log_entity_idx on public.audit_log (entity, entity_id);

-- E-mails to send, inserted in the same transaction as the change that causes them.
create table public.email_outbox (
  id uuid primary key default gen_random_uuid(),
  to_address text not null,
  template text not null,
  payload jsonb not null default '{}',
  status public.outbox_status not null default 'pending',
  attempts integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  locked_until timestamptz,
  last_error text,
  provider_message_id text,
  created_at timestamptz not null default now(),
  sent_at timestamptz
);
create index email_outbox_due_idx on public.email_outbox (next_attempt_at) where status = 'pending';

-- Allowed round status changes, as data. lib/workflow/round-status.ts mirrors this table and a
-- test keeps the two equal.
create table app.round_status_transitions (
  from_status public.round_status not null,
  to_status public.round_status not null,
  primary key (from_status, to_status)
);
insert into app.round_status_transitions (from_status, to_status) values
  ('planning', 'consultation'),
  ('consultation', 'summarising'),
  ('summarising', 'consultation'),
  ('summarising', 'closed');

------------------------------------------------------------------------------------------------
-- Helpers for the policies. They read the role and department from the request's JWT claims,
-- and honour them only while the profile behind the token is active and still has them, so a
-- deactivated or demoted user loses access at the next request.

create function app.my_role() returns public.app_role
language sql stable security definer set search_path = ''
as $$
  select p.role
  from public.profiles p
  where p.id = auth.uid()
    and p.active
    and p.role::text = auth.jwt() ->> 'app_role'
$$;

create function app.has_role(wanted public.app_role) returns boolean
language sql stable security definer set search_path = ''
as $$
  select coalesce(app.my_role() = wanted, false)
$$;

create function app.is_staff() returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.my_role() is not null
$$;

create function app.my_department() returns uuid
language sql stable security definer set search_path = ''
as $$
  select p.department_id
  from public.profiles p
  where p.id = auth.uid()
    and p.active
    and p.department_id::text = auth.jwt() ->> 'department_id'
$$;

create function app.audit(action text, entity text, entity_id uuid, details jsonb default '{}')
returns void
language sql volatile security definer set search_path = ''
as $$
  insert into public.audit_log (actor_id, action, entity, entity_id, details)
  values (auth.uid(), action, entity, entity_id, coalesce(details, '{}'))
$$;

revoke all on all functions in schema app from public, anon, authenticated;
grant execute on function app.my_role(), app.has_role(public.app_role), app.is_staff(), app.my_department()
  to anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- Row-level security. Policies read as sentences.

alter table public.departments enable row level security;
alter table public.profiles enable row level security;
alter table public.programmes enable row level security;
alter table public.rounds enable row level security;
alter table public.audit_log enable row level security;
alter table public.email_outbox enable row level security;
alter table app.round_status_transitions enable row level security;

create policy "Anyone can read departments and units" on public.departments
  for select to anon, authenticated using (true);
create policy "Coordinators can add departments and units" on public.departments
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can edit departments and units" on public.departments
  for update to authenticated
  using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove departments and units" on public.departments
  for delete to authenticated using ((select app.has_role('coordinator')));

create policy "Users can read their own profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()));
create policy "Coordinators can read every profile" on public.profiles
  for select to authenticated using ((select app.has_role('coordinator')));
create policy "Coordinators can add users" on public.profiles
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can change other users" on public.profiles
  for update to authenticated
  using ((select app.has_role('coordinator')) and id <> (select auth.uid()))
  with check ((select app.has_role('coordinator')) and id <> (select auth.uid()));
create policy "Active users can change their own name" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()) and (select app.is_staff()))
  with check (id = (select auth.uid()));

create policy "Anyone can read programmes that have a public round" on public.programmes
  for select to anon, authenticated
  using (exists (select 1 from public.rounds r where r.programme_id = programmes.id and r.is_public));
create policy "Staff can read every programme" on public.programmes
  for select to authenticated using ((select app.is_staff()));
create policy "Coordinators can add programmes" on public.programmes
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can edit programmes" on public.programmes
  for update to authenticated
  using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove programmes" on public.programmes
  for delete to authenticated using ((select app.has_role('coordinator')));

create policy "Anyone can read public rounds" on public.rounds
  for select to anon, authenticated using (is_public);
create policy "Staff can read every round" on public.rounds
  for select to authenticated using ((select app.is_staff()));
create policy "Coordinators can add rounds in planning" on public.rounds
  for insert to authenticated with check ((select app.has_role('coordinator')) and status = 'planning');
create policy "Coordinators can edit rounds" on public.rounds
  for update to authenticated
  using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove rounds still in planning" on public.rounds
  for delete to authenticated using ((select app.has_role('coordinator')) and status = 'planning');

create policy "Coordinators can read the audit log" on public.audit_log
  for select to authenticated using ((select app.has_role('coordinator')));

-- The outbox has no policy: only the service role (the dispatcher) reaches it.

------------------------------------------------------------------------------------------------
-- Column privileges: what RLS cannot express. Users never write their own role, department or
-- active flag (the trigger below), a round's status changes only through change_round_status,
-- the audit log is written only by database functions, and the outbox is not the API's.

revoke update on public.profiles from anon, authenticated;
grant update (full_name, role, department_id, active) on public.profiles to authenticated;

revoke update on public.rounds from anon, authenticated;
grant update (programme_id, number, title, starts_on, ends_on, is_public) on public.rounds to authenticated;

revoke insert, update, delete, truncate on public.audit_log from anon, authenticated;
revoke all on public.email_outbox from anon, authenticated;
revoke insert, update, delete, truncate on public.departments, public.programmes, public.rounds, public.profiles from anon;

create function app.refuse_own_privilege_change() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if new.id = auth.uid()
     and (new.role, new.department_id, new.active) is distinct from (old.role, old.department_id, old.active) then
    raise exception 'Users cannot change their own role, department or active flag'
      using errcode = '42501', hint = 'profile.own_privileges';
  end if;
  return new;
end
$$;
create trigger profiles_refuse_own_privilege_change before update on public.profiles
  for each row execute function app.refuse_own_privilege_change();

------------------------------------------------------------------------------------------------
-- The one way a round's status changes: checks the move against the transitions table, writes
-- the audit row in the same transaction, and raises a readable error (with a message key in
-- `hint`) otherwise. Callers check who may do it: change_round_status for a coordinator's own
-- move, and later functions that move a round as a consequence (issuing the first schedule).

create function app.move_round(round uuid, new_status public.round_status, note text) returns public.rounds
language plpgsql security definer set search_path = ''
as $$
declare
  target public.rounds;
  previous public.round_status;
begin
  select * into target from public.rounds r where r.id = round for update;
  if not found then
    raise exception 'There is no round %', round using errcode = 'P0002', hint = 'round.not_found';
  end if;
  previous := target.status;
  if not exists (
    select 1 from app.round_status_transitions t where t.from_status = previous and t.to_status = new_status
  ) then
    raise exception 'A round cannot move from % to %', previous, new_status
      using errcode = 'P0001', hint = 'round.status.illegal';
  end if;
  update public.rounds r set status = new_status where r.id = round returning * into target;
  perform app.audit('round.status_changed', 'round', round, jsonb_build_object('from', previous, 'to', new_status, 'note', note));
  return target;
end
$$;

create function public.change_round_status(round_id uuid, new_status public.round_status, note text default null)
returns public.rounds
language plpgsql security definer set search_path = ''
as $$
begin
  if not app.has_role('coordinator') then
    raise exception 'Only a coordinator can change the status of a round'
      using errcode = '42501', hint = 'round.status.forbidden';
  end if;
  return app.move_round(round_id, new_status, note);
end
$$;

revoke all on function app.move_round(uuid, public.round_status, text) from public, anon, authenticated;
revoke all on function public.change_round_status(uuid, public.round_status, text) from public, anon;
grant execute on function public.change_round_status(uuid, public.round_status, text) to authenticated, service_role;
