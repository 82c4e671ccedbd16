-- Permissions as data, down to the database: which role may do what is one table, kept equal to
-- lib/auth/permissions.ts by a test; policies and functions ask `app.can(permission)` instead of
-- naming roles. Staff read only the rounds they take part in. Functions name the business action
-- of their writes for the audit log before they write.

------------------------------------------------------------------------------------------------
-- The map. Permissions of the next features are here already, so that their policies only add.

create table app.role_permissions (
  role public.app_role not null,
  permission text not null check (permission ~ '^[a-z_]+\.[a-z_]+$'),
  primary key (role, permission)
);
alter table app.role_permissions enable row level security;

insert into app.role_permissions (role, permission) values
  ('coordinator', 'users.read'),
  ('coordinator', 'users.manage'),
  ('coordinator', 'departments.manage'),
  ('coordinator', 'programmes.manage'),
  ('coordinator', 'rounds.manage'),
  ('coordinator', 'rounds.read_all'),
  ('coordinator', 'teams.manage'),
  ('coordinator', 'venues.manage'),
  ('coordinator', 'schedule.manage'),
  ('coordinator', 'assumptions.write'),
  ('moderator', 'assumptions.write'),
  ('coordinator', 'assumptions.open'),
  ('coordinator', 'opinions.request'),
  ('department', 'opinions.submit'),
  ('coordinator', 'opinions.decide'),
  ('coordinator', 'meetings.record_outcome'),
  ('coordinator', 'minutes.write'),
  ('moderator', 'minutes.write'),
  ('moderator', 'minutes.approve'),
  ('coordinator', 'minutes.approve'),
  ('coordinator', 'follow_ups.manage'),
  ('department', 'follow_ups.update'),
  ('coordinator', 'summary.edit'),
  ('coordinator', 'summary.publish');

-- Whether the caller's role (active, as the profile has it now) has `permission`. A name that no
-- role has is a mistake in a policy or function, not a refusal: it raises.
create function app.can(permission text) returns boolean
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not exists (select 1 from app.role_permissions rp where rp.permission = can.permission) then
    raise exception 'Unknown permission %', permission using errcode = '22023';
  end if;
  return exists (select 1 from app.role_permissions rp where rp.role = app.my_role() and rp.permission = can.permission);
end
$$;

-- Refuses a caller without `permission`, with the UI's message key for the case.
create function app.require_permission(permission text, hint text) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not app.can(permission) then
    raise exception 'Not permitted: %', permission using errcode = '42501', hint = require_permission.hint;
  end if;
end
$$;

-- The first action named in a transaction is its business action: the function the request
-- called names it, and the functions it calls (moving a round, ending terms) do not rename it.
create or replace function app.audit_as(action text, details jsonb default null) returns void
language plpgsql volatile set search_path = ''
as $$
begin
  if nullif(current_setting('audit.action', true), '') is null then
    perform set_config('audit.action', action, true);
    perform set_config('audit.details', coalesce(details::text, ''), true);
  end if;
end
$$;

revoke all on function app.can(text), app.require_permission(text, text) from public;
grant execute on function app.can(text) to anon, authenticated, service_role;
revoke all on function app.require_permission(text, text), app.audit_as(text, jsonb) from anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- Who takes part in a round: its departments' staff, and the moderators of teams meeting in it.
-- Those with rounds.read_all (coordinators) read every round.

create or replace function app.participates(round uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.can('rounds.read_all') or app.takes_part(round) or exists (
    select 1 from public.meetings m where m.round_id = round and app.moderates(m.team_id)
  )
$$;

create function app.reads_programme(programme uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.rounds r where r.programme_id = programme and (r.is_public or app.participates(r.id)))
$$;
revoke all on function app.reads_programme(uuid) from public;
grant execute on function app.reads_programme(uuid) to anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- The audit log of database functions before every write was audited, kept, read-only, outside
-- the API. From here on each function names its action (app.audit_as) and the trigger records
-- the rows it writes.

alter table public.audit_log set schema audit;
alter table audit.audit_log rename to function_events;
revoke all on audit.function_events from public, anon, authenticated, service_role;
create trigger function_events_frozen before insert or update or delete on audit.function_events
  for each row execute function audit.refuse_change();
create trigger function_events_no_truncate before truncate on audit.function_events
  for each statement execute function audit.refuse_change();
drop function app.audit(text, text, uuid, jsonb);
drop function app.require_coordinator_for(text);

------------------------------------------------------------------------------------------------
-- The functions, each asking for its permission and naming its action before it writes.

create or replace function app.move_round(round uuid, new_status public.round_status, note text) returns public.rounds
language plpgsql security definer set search_path = ''
as $$
declare
  target public.rounds;
begin
  perform app.audit_as('round.status_changed', jsonb_build_object('note', note));
  select * into target from public.rounds r where r.id = round for update;
  if not found then
    raise exception 'There is no round %', round using errcode = 'P0002', hint = 'round.not_found';
  end if;
  if not exists (
    select 1 from app.round_status_transitions t where t.from_status = target.status and t.to_status = new_status
  ) then
    raise exception 'A round cannot move from % to %', target.status, new_status
      using errcode = 'P0001', hint = 'round.status.illegal';
  end if;
  update public.rounds r set status = new_status where r.id = round returning * into target;
  return target;
end
$$;

create or replace function public.change_round_status(round_id uuid, new_status public.round_status, note text default null)
returns public.rounds
language plpgsql security definer set search_path = ''
as $$
begin
  perform app.require_permission('rounds.manage', 'round.status.forbidden');
  return app.move_round(round_id, new_status, note);
end
$$;

create or replace function public.invite_user(email text, full_name text, role public.app_role, department_id uuid default null)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  invited public.profiles;
begin
  perform app.require_permission('users.manage', 'users.forbidden');
  perform app.audit_as('user.invited');
  if role = 'department' and department_id is null then
    raise exception 'Department staff need a department' using errcode = '23514', hint = 'users.department_required';
  end if;
  if exists (select 1 from public.profiles p where p.email = lower(btrim(invite_user.email))) then
    raise exception 'A user with this e-mail address already exists' using errcode = '23505', hint = 'users.email_taken';
  end if;

  insert into public.profiles (email, full_name, role, department_id)
  values (lower(btrim(invite_user.email)), btrim(invite_user.full_name), invite_user.role, invite_user.department_id)
  returning * into invited;

  perform app.enqueue_email(invited.email, 'invitation',
    jsonb_build_object('fullName', invited.full_name, 'role', invited.role,
      'invitedBy', (select p.full_name from public.profiles p where p.id = auth.uid())));
  return invited;
end
$$;

create or replace function public.change_user_role(user_id uuid, new_role public.app_role, new_department_id uuid default null)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  after public.profiles;
begin
  perform app.require_permission('users.manage', 'users.forbidden');
  perform app.audit_as('user.role_changed');
  perform app.refuse_self(user_id);
  if new_role = 'department' and new_department_id is null then
    raise exception 'Department staff need a department' using errcode = '23514', hint = 'users.department_required';
  end if;
  update public.profiles p set role = new_role, department_id = new_department_id
   where p.id = user_id returning * into after;
  if not found then
    raise exception 'There is no user %', user_id using errcode = 'P0002', hint = 'users.not_found';
  end if;
  return after;
end
$$;

create or replace function public.set_user_active(user_id uuid, active boolean)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  after public.profiles;
begin
  perform app.require_permission('users.manage', 'users.forbidden');
  perform app.audit_as(case when active then 'user.reactivated' else 'user.deactivated' end);
  perform app.refuse_self(user_id);
  update public.profiles p set active = set_user_active.active where p.id = user_id returning * into after;
  if not found then
    raise exception 'There is no user %', user_id using errcode = 'P0002', hint = 'users.not_found';
  end if;
  return after;
end
$$;

create or replace function public.assign_moderator(team_id uuid, profile_id uuid, starts_on date)
returns public.team_moderators
language plpgsql volatile security definer set search_path = ''
as $$
declare
  current public.team_moderators;
  assigned public.team_moderators;
begin
  perform app.require_permission('teams.manage', 'teams.forbidden');
  perform app.refuse_future(assign_moderator.starts_on);
  if not exists (select 1 from public.profiles p where p.id = assign_moderator.profile_id and p.role = 'moderator' and p.active) then
    raise exception 'Only an active moderator can moderate a team' using errcode = '23514', hint = 'teams.not_a_moderator';
  end if;
  select * into current from public.team_moderators tm
   where tm.team_id = assign_moderator.team_id and tm.ends_on is null for update;
  perform app.audit_as(case when current.id is null then 'team.moderator_assigned' else 'team.moderator_replaced' end);
  if current.id is not null then
    if current.profile_id = assign_moderator.profile_id then
      raise exception 'This person already moderates the team' using errcode = '23505', hint = 'teams.already_moderator';
    end if;
    if assign_moderator.starts_on < current.starts_on then
      raise exception 'The new moderator cannot start before the current one did' using errcode = '23514', hint = 'teams.dates_order';
    end if;
    update public.team_moderators tm set ends_on = assign_moderator.starts_on, end_reason = 'replaced' where tm.id = current.id;
  end if;
  insert into public.team_moderators (team_id, profile_id, starts_on)
  values (assign_moderator.team_id, assign_moderator.profile_id, assign_moderator.starts_on)
  returning * into assigned;
  return assigned;
end
$$;

create or replace function public.end_moderation(team_id uuid, ends_on date, reason public.moderation_end)
returns public.team_moderators
language plpgsql volatile security definer set search_path = ''
as $$
declare
  ended public.team_moderators;
begin
  perform app.require_permission('teams.manage', 'teams.forbidden');
  perform app.audit_as('team.moderation_ended');
  perform app.refuse_future(end_moderation.ends_on);
  if reason = 'replaced' then
    raise exception 'Assign the new moderator instead' using errcode = '22023', hint = 'teams.use_assign';
  end if;
  update public.team_moderators tm set ends_on = end_moderation.ends_on, end_reason = reason
   where tm.team_id = end_moderation.team_id and tm.ends_on is null and tm.starts_on <= end_moderation.ends_on
  returning * into ended;
  if not found then
    raise exception 'The team has no current moderator who started before that day'
      using errcode = 'P0002', hint = 'teams.no_moderator';
  end if;
  return ended;
end
$$;

-- A moderator who is deactivated or given another role stops moderating today. The audit log
-- files the ended terms under the change that caused them (user.deactivated, user.role_changed).
create or replace function app.end_terms_of_former_moderator() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  if (old.active and not new.active) or (old.role = 'moderator' and new.role <> 'moderator') then
    update public.team_moderators tm
       set ends_on = greatest(app.warsaw_today(), tm.starts_on), end_reason = 'removed'
     where tm.profile_id = new.id and tm.ends_on is null;
  end if;
  return new;
end
$$;

create or replace function public.import_meetings(round_id uuid, meetings jsonb)
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  item jsonb;
  venue uuid;
  room uuid;
  created integer := 0;
begin
  perform app.require_permission('schedule.manage', 'schedule.forbidden');
  perform app.audit_as('schedule.imported');
  for item in select * from jsonb_array_elements(meetings) loop
    venue := nullif(item ->> 'venueId', '')::uuid;
    if venue is null then
      insert into public.venues (name, address)
      values (btrim(item -> 'newVenue' ->> 'name'), coalesce(btrim(item -> 'newVenue' ->> 'address'), ''))
      on conflict on constraint venue_unique do update set name = excluded.name
      returning id into venue;
    end if;
    room := nullif(item ->> 'roomId', '')::uuid;
    if room is null and nullif(btrim(item ->> 'newRoom'), '') is not null then
      insert into public.venue_rooms (venue_id, name) values (venue, btrim(item ->> 'newRoom'))
      on conflict on constraint venue_room_unique do update set name = excluded.name
      returning id into room;
    end if;
    insert into public.meetings (round_id, team_id, scope, venue_id, room_id, starts_at, ends_at, is_public, change_reason)
    values (import_meetings.round_id, (item ->> 'teamId')::uuid, nullif(btrim(item ->> 'scope'), ''), venue, room,
      (item ->> 'startsAt')::timestamptz, (item ->> 'endsAt')::timestamptz, coalesce((item ->> 'isPublic')::boolean, true),
      nullif(btrim(item ->> 'changeReason'), ''));
    created := created + 1;
  end loop;
  return created;
exception
  when exclusion_violation then
    raise exception 'Two meetings would share a room or a team at the same time'
      using errcode = '23P01', hint = 'schedule.conflict';
end
$$;

create or replace function public.schedule_recipient_count(round_id uuid) returns integer
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform app.require_permission('schedule.manage', 'schedule.forbidden');
  return (
    select count(*) from app.schedule_recipients(round_id,
      app.schedule_snapshot(round_id) || coalesce((
        select v.meetings from public.schedule_versions v where v.round_id = schedule_recipient_count.round_id order by v.number desc limit 1
      ), '[]'::jsonb))
  );
end
$$;

create or replace function public.issue_schedule_version(round_id uuid, as_of date)
returns public.schedule_versions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.rounds;
  previous public.schedule_versions;
  snapshot jsonb;
  issued public.schedule_versions;
  recipient text;
begin
  perform app.require_permission('schedule.manage', 'schedule.forbidden');
  perform app.audit_as('schedule.issued');
  select * into target from public.rounds r where r.id = issue_schedule_version.round_id for update;
  if not found then
    raise exception 'There is no round %', round_id using errcode = 'P0002', hint = 'round.not_found';
  end if;
  if target.status not in ('planning', 'consultation') then
    raise exception 'The schedule of a round in % cannot be issued', target.status
      using errcode = 'P0001', hint = 'schedule.round_not_open';
  end if;

  snapshot := app.schedule_snapshot(target.id);
  if not exists (select 1 from jsonb_array_elements(snapshot) m where not (m ->> 'cancelled')::boolean) then
    raise exception 'The schedule has no meeting to issue' using errcode = 'P0001', hint = 'schedule.empty';
  end if;
  select * into previous from public.schedule_versions v
   where v.round_id = target.id order by v.number desc limit 1;
  if previous.id is not null then
    if as_of < previous.as_of then
      raise exception 'A new version cannot be dated before the previous one (%)', previous.as_of
        using errcode = 'P0001', hint = 'schedule.as_of_before_previous';
    end if;
    if app.schedule_content(previous.meetings) = app.schedule_content(snapshot) then
      raise exception 'Nothing changed since version %', previous.number using errcode = 'P0001', hint = 'schedule.unchanged';
    end if;
  end if;

  insert into public.schedule_versions (round_id, number, as_of, issued_by, meetings)
  values (target.id, coalesce(previous.number, 0) + 1, as_of, auth.uid(), snapshot)
  returning * into issued;
  update public.meetings m set change_reason = null where m.round_id = target.id and m.change_reason is not null;
  if target.status = 'planning' then
    perform app.move_round(target.id, 'consultation', 'first schedule version issued');
  end if;

  for recipient in select app.schedule_recipients(target.id, snapshot || coalesce(previous.meetings, '[]'::jsonb))
  loop
    perform app.enqueue_email(recipient, 'schedule-issued', jsonb_build_object(
      'roundId', target.id, 'roundTitle', target.title, 'isPublic', target.is_public, 'version', issued.number, 'asOf', as_of,
      'previous', coalesce(previous.meetings, '[]'::jsonb), 'current', snapshot));
  end loop;
  return issued;
end
$$;

create or replace function public.create_venue(name text, address text, rooms text[])
returns public.venues
language plpgsql volatile security definer set search_path = ''
as $$
declare
  created public.venues;
begin
  perform app.require_permission('venues.manage', 'venues.forbidden');
  perform app.audit_as('venue.created');
  insert into public.venues (name, address) values (btrim(create_venue.name), btrim(coalesce(create_venue.address, '')))
  returning * into created;
  insert into public.venue_rooms (venue_id, name)
  select distinct created.id, btrim(room) from unnest(rooms) room where btrim(room) <> '';
  return created;
exception
  when unique_violation then
    raise exception 'This venue already exists' using errcode = '23505', hint = 'venues.exists';
end
$$;

create or replace function public.set_round_departments(round_id uuid, department_ids uuid[])
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform app.require_permission('rounds.manage', 'rounds.forbidden');
  perform app.audit_as('round.departments_set');
  delete from public.round_departments rd
   where rd.round_id = set_round_departments.round_id and rd.department_id <> all (department_ids);
  insert into public.round_departments (round_id, department_id)
  select set_round_departments.round_id, unnest(department_ids)
  on conflict do nothing;
end
$$;

------------------------------------------------------------------------------------------------
-- Every policy, restated with permissions. They read as sentences; the helpers run once per
-- statement where they do not depend on the row.

do $$
declare
  policy record;
begin
  for policy in select schemaname, tablename, policyname from pg_policies where schemaname = 'public' loop
    execute format('drop policy %I on %I.%I', policy.policyname, policy.schemaname, policy.tablename);
  end loop;
end
$$;

-- Departments and units, venues and rooms: public facts.
create policy "Anyone can read departments and units" on public.departments
  for select to anon, authenticated using (true);
create policy "Those who manage departments can add them" on public.departments
  for insert to authenticated with check ((select app.can('departments.manage')));
create policy "Those who manage departments can edit them" on public.departments
  for update to authenticated using ((select app.can('departments.manage'))) with check ((select app.can('departments.manage')));
create policy "Those who manage departments can remove them" on public.departments
  for delete to authenticated using ((select app.can('departments.manage')));

create policy "Anyone can read venues" on public.venues for select to anon, authenticated using (true);
create policy "Those who manage venues can add them" on public.venues
  for insert to authenticated with check ((select app.can('venues.manage')));
create policy "Those who manage venues can edit them" on public.venues
  for update to authenticated using ((select app.can('venues.manage'))) with check ((select app.can('venues.manage')));
create policy "Those who manage venues can remove them" on public.venues
  for delete to authenticated using ((select app.can('venues.manage')));

create policy "Anyone can read rooms" on public.venue_rooms for select to anon, authenticated using (true);
create policy "Those who manage venues can add rooms" on public.venue_rooms
  for insert to authenticated with check ((select app.can('venues.manage')));
create policy "Those who manage venues can rename rooms" on public.venue_rooms
  for update to authenticated using ((select app.can('venues.manage'))) with check ((select app.can('venues.manage')));
create policy "Those who manage venues can remove rooms" on public.venue_rooms
  for delete to authenticated using ((select app.can('venues.manage')));

-- People.
create policy "Users can read their own profile, and those who read users every profile" on public.profiles
  for select to authenticated using (id = (select auth.uid()) or (select app.can('users.read')));
create policy "Active users can change their own name" on public.profiles
  for update to authenticated
  using (id = (select auth.uid()) and (select app.is_staff()))
  with check (id = (select auth.uid()));

-- Programmes and rounds: the public reads what is public; staff read what they take part in.
create policy "Anyone can read public rounds, staff the rounds they take part in" on public.rounds
  for select to anon, authenticated using (is_public or (select app.can('rounds.read_all')) or app.participates(id));
create policy "Those who manage rounds can add rounds in planning" on public.rounds
  for insert to authenticated with check ((select app.can('rounds.manage')) and status = 'planning');
create policy "Those who manage rounds can edit them" on public.rounds
  for update to authenticated using ((select app.can('rounds.manage'))) with check ((select app.can('rounds.manage')));
create policy "Those who manage rounds can remove rounds still in planning" on public.rounds
  for delete to authenticated using ((select app.can('rounds.manage')) and status = 'planning');

create policy "Anyone can read the programmes of the rounds they may read" on public.programmes
  for select to anon, authenticated using ((select app.can('rounds.read_all')) or app.reads_programme(id));
create policy "Those who manage programmes can add them" on public.programmes
  for insert to authenticated with check ((select app.can('programmes.manage')));
create policy "Those who manage programmes can edit them" on public.programmes
  for update to authenticated using ((select app.can('programmes.manage'))) with check ((select app.can('programmes.manage')));
create policy "Those who manage programmes can remove them" on public.programmes
  for delete to authenticated using ((select app.can('programmes.manage')));

create policy "Staff can read who takes part in the rounds they may read" on public.round_departments
  for select to authenticated using (exists (select 1 from public.rounds r where r.id = round_id));
create policy "Those who manage rounds can add departments to a round" on public.round_departments
  for insert to authenticated with check ((select app.can('rounds.manage')));
create policy "Those who manage rounds can remove departments from a round" on public.round_departments
  for delete to authenticated using ((select app.can('rounds.manage')));

-- Sector teams and their moderators: readable with the programme.
create policy "Anyone can read the teams of the programmes they may read" on public.sector_teams
  for select to anon, authenticated using ((select app.can('rounds.read_all')) or app.reads_programme(programme_id));
create policy "Those who manage teams can add them" on public.sector_teams
  for insert to authenticated with check ((select app.can('teams.manage')));
create policy "Those who manage teams can rename them" on public.sector_teams
  for update to authenticated using ((select app.can('teams.manage'))) with check ((select app.can('teams.manage')));
create policy "Those who manage teams can remove them" on public.sector_teams
  for delete to authenticated using ((select app.can('teams.manage')));

create policy "Anyone can read the moderator history of the teams they may read" on public.team_moderators
  for select to anon, authenticated using (exists (select 1 from public.sector_teams t where t.id = team_id));

-- The draft schedule: its planners, the departments taking part, the moderators of its teams.
create policy "Those who plan schedules can read every draft meeting" on public.meetings
  for select to authenticated using ((select app.can('schedule.manage')));
create policy "Department staff can read the meetings of rounds their department takes part in" on public.meetings
  for select to authenticated using (app.takes_part(round_id));
create policy "Moderators can read the meetings of the teams they moderate now" on public.meetings
  for select to authenticated using (app.moderates(team_id));
create policy "Those who plan schedules can plan meetings" on public.meetings
  for insert to authenticated with check ((select app.can('schedule.manage')));
create policy "Those who plan schedules can move and cancel meetings" on public.meetings
  for update to authenticated using ((select app.can('schedule.manage'))) with check ((select app.can('schedule.manage')));
create policy "Those who plan schedules can remove draft meetings" on public.meetings
  for delete to authenticated using ((select app.can('schedule.manage')));

-- Issued schedule versions.
create policy "Anyone can read the issued schedule of a public round, staff of the rounds they take part in" on public.schedule_versions
  for select to anon, authenticated using (app.round_is_public(round_id) or app.participates(round_id));

-- The outbox has no policy: only the service role (the dispatcher) reaches it.

drop function app.programme_is_public(uuid);
