-- Planning a round: sector teams and their moderators (with history), venues and rooms, the
-- departments taking part, the draft meeting schedule and its issued versions.

create extension if not exists btree_gist with schema extensions;

------------------------------------------------------------------------------------------------
-- Sector teams and moderators.

create table public.sector_teams (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete restrict,
  name text not null check (length(btrim(name)) between 1 and 200),
  sort_order integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint sector_team_name_unique_in_programme unique (programme_id, name)
);
create trigger sector_teams_touch before update on public.sector_teams
  for each row execute function app.touch_updated_at();

create type public.moderation_end as enum ('replaced', 'resigned', 'removed');

-- Who moderated which team, when: rows are ended, never overwritten.
create table public.team_moderators (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references public.sector_teams (id) on delete cascade,
  profile_id uuid not null references public.profiles (id) on delete restrict,
  starts_on date not null,
  ends_on date,
  end_reason public.moderation_end,
  created_at timestamptz not null default now(),
  constraint moderation_end_has_reason check ((ends_on is null) = (end_reason is null)),
  constraint moderation_dates_in_order check (ends_on is null or ends_on >= starts_on)
);
-- At most one current moderator per team.
create unique index team_moderators_one_current on public.team_moderators (team_id) where ends_on is null;
create index team_moderators_profile_idx on public.team_moderators (profile_id) where ends_on is null;

------------------------------------------------------------------------------------------------
-- Venues and rooms.

create table public.venues (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 300),
  address text not null default '' check (length(address) <= 300),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint venue_unique unique (name, address)
);
create trigger venues_touch before update on public.venues
  for each row execute function app.touch_updated_at();

create table public.venue_rooms (
  id uuid primary key default gen_random_uuid(),
  venue_id uuid not null references public.venues (id) on delete cascade,
  name text not null check (length(btrim(name)) between 1 and 100),
  constraint venue_room_unique unique (venue_id, name),
  constraint venue_room_of_venue unique (id, venue_id)
);

------------------------------------------------------------------------------------------------
-- Departments and units taking part in a round: they read its schedule and get its e-mails.

create table public.round_departments (
  round_id uuid not null references public.rounds (id) on delete cascade,
  department_id uuid not null references public.departments (id) on delete restrict,
  primary key (round_id, department_id)
);

------------------------------------------------------------------------------------------------
-- The draft schedule: the meetings as they are now. Issued versions freeze it.

create table public.meetings (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete cascade,
  team_id uuid not null references public.sector_teams (id) on delete restrict,
  scope text check (scope is null or length(btrim(scope)) between 1 and 200),
  venue_id uuid not null references public.venues (id) on delete restrict,
  room_id uuid,
  -- The room, or the whole venue when it has no rooms: what two meetings cannot share.
  place_id uuid generated always as (coalesce(room_id, venue_id)) stored,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  is_public boolean not null default true,
  cancelled boolean not null default false,
  -- Why it was added, moved or cancelled since the last issued version (shown in the changes).
  change_reason text check (change_reason is null or length(change_reason) <= 500),
  -- Calendar apps update an event with the same UID and a higher SEQUENCE instead of duplicating it.
  sequence integer not null default 0,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint meeting_room_of_venue foreign key (room_id, venue_id) references public.venue_rooms (id, venue_id),
  constraint meeting_ends_after_start check (ends_at > starts_at),
  -- Race-free guards behind the friendlier checks the app makes first.
  constraint meetings_room_free exclude using gist (place_id with =, tstzrange(starts_at, ends_at) with &&) where (not cancelled),
  constraint meetings_team_free exclude using gist (team_id with =, tstzrange(starts_at, ends_at) with &&) where (not cancelled)
);
create index meetings_round_idx on public.meetings (round_id, starts_at);

create function app.meeting_before_write() returns trigger
language plpgsql set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.rounds r join public.sector_teams t on t.programme_id = r.programme_id
    where r.id = new.round_id and t.id = new.team_id
  ) then
    raise exception 'The team does not belong to the programme of this round'
      using errcode = '23514', hint = 'meeting.team_not_in_programme';
  end if;
  if tg_op = 'UPDATE' then
    new.updated_at := now();
    if (new.starts_at, new.ends_at, new.venue_id, new.room_id, new.cancelled, new.scope, new.team_id)
       is distinct from (old.starts_at, old.ends_at, old.venue_id, old.room_id, old.cancelled, old.scope, old.team_id) then
      new.sequence := old.sequence + 1;
    end if;
  end if;
  return new;
end
$$;
create trigger meetings_before_write before insert or update on public.meetings
  for each row execute function app.meeting_before_write();

-- Issued versions of a round's schedule ("stan na 31.10.2011 r."): frozen snapshots.
create table public.schedule_versions (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete cascade,
  number integer not null check (number >= 1),
  as_of date not null,
  issued_at timestamptz not null default now(),
  issued_by uuid references public.profiles (id) on delete set null,
  meetings jsonb not null,
  constraint schedule_version_number_unique unique (round_id, number)
);

------------------------------------------------------------------------------------------------
-- Helpers.

create function app.moderates(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.has_role('moderator') and exists (
    select 1 from public.team_moderators tm
    where tm.team_id = team and tm.profile_id = auth.uid() and tm.ends_on is null
  )
$$;

create function app.takes_part(round uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (
    select 1 from public.round_departments rd
    where rd.round_id = round and rd.department_id = app.my_department()
  )
$$;

create function app.programme_is_public(programme uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.rounds r where r.programme_id = programme and r.is_public)
$$;

create function app.round_is_public(round uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.rounds r where r.id = round and r.is_public)
$$;

-- Coordinators take part in every round; department staff in their department's; moderators in
-- those where a team they moderate now meets.
create function app.participates(round uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.has_role('coordinator') or app.takes_part(round) or exists (
    select 1 from public.meetings m where m.round_id = round and app.moderates(m.team_id)
  )
$$;

grant execute on function app.participates(uuid), app.moderates(uuid), app.takes_part(uuid), app.programme_is_public(uuid), app.round_is_public(uuid)
  to anon, authenticated, service_role;

-- The schedule as it stands, with names resolved, in the shape lib/schedule/types.ts reads.
create function app.schedule_snapshot(round uuid) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select coalesce(jsonb_agg(jsonb_build_object(
      'id', m.id,
      'teamId', m.team_id, 'teamName', t.name, 'scope', m.scope,
      'venueId', m.venue_id, 'venueName', v.name, 'venueAddress', v.address,
      'roomId', m.room_id, 'roomName', r.name,
      'startsAt', to_char(m.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'endsAt', to_char(m.ends_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'isPublic', m.is_public, 'cancelled', m.cancelled,
      'changeReason', m.change_reason, 'sequence', m.sequence
    ) order by m.starts_at, t.sort_order, t.name, m.id), '[]'::jsonb)
  from public.meetings m
  join public.sector_teams t on t.id = m.team_id
  join public.venues v on v.id = m.venue_id
  left join public.venue_rooms r on r.id = m.room_id
  where m.round_id = round
$$;

-- The snapshot without the reasons, to tell whether anything changed since the last version.
create function app.schedule_content(snapshot jsonb) returns jsonb
language sql immutable set search_path = ''
as $$
  select coalesce(jsonb_agg(item - 'changeReason' - 'sequence'), '[]'::jsonb) from jsonb_array_elements(snapshot) item
$$;

------------------------------------------------------------------------------------------------
-- Moderators: assigned, replaced, resigned. History is kept; nothing is overwritten. Terms are
-- recorded once they happen, never ahead: an open term is the current one, everywhere.

create function app.warsaw_today() returns date
language sql stable set search_path = ''
as $$
  select (now() at time zone 'Europe/Warsaw')::date
$$;

create function app.refuse_future(day date) returns void
language plpgsql stable set search_path = ''
as $$
begin
  if day > app.warsaw_today() then
    raise exception 'A moderator''s term is recorded once it begins or ends, not ahead'
      using errcode = '22023', hint = 'teams.future_date';
  end if;
end
$$;

create function public.assign_moderator(team_id uuid, profile_id uuid, starts_on date)
returns public.team_moderators
language plpgsql volatile security definer set search_path = ''
as $$
declare
  current public.team_moderators;
  assigned public.team_moderators;
begin
  perform app.require_coordinator_for('teams.forbidden');
  perform app.refuse_future(assign_moderator.starts_on);
  if not exists (select 1 from public.profiles p where p.id = assign_moderator.profile_id and p.role = 'moderator' and p.active) then
    raise exception 'Only an active moderator can moderate a team' using errcode = '23514', hint = 'teams.not_a_moderator';
  end if;
  select * into current from public.team_moderators tm
   where tm.team_id = assign_moderator.team_id and tm.ends_on is null for update;
  if found then
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
  perform app.audit(case when current.id is null then 'team.moderator_assigned' else 'team.moderator_replaced' end,
    'sector_team', assign_moderator.team_id,
    jsonb_build_object('profile_id', assign_moderator.profile_id, 'previous', current.profile_id, 'starts_on', assign_moderator.starts_on));
  return assigned;
end
$$;

-- The current moderator leaves (resigned, or removed by the coordinator): the team becomes vacant.
create function public.end_moderation(team_id uuid, ends_on date, reason public.moderation_end)
returns public.team_moderators
language plpgsql volatile security definer set search_path = ''
as $$
declare
  ended public.team_moderators;
begin
  perform app.require_coordinator_for('teams.forbidden');
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
  perform app.audit('team.moderation_ended', 'sector_team', end_moderation.team_id,
    jsonb_build_object('profile_id', ended.profile_id, 'ends_on', end_moderation.ends_on, 'reason', reason));
  return ended;
end
$$;

-- A moderator who is deactivated or given another role stops moderating today: the team becomes
-- vacant, visibly, instead of keeping a moderator who can no longer act.
create function app.end_terms_of_former_moderator() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  ended record;
begin
  if (old.active and not new.active) or (old.role = 'moderator' and new.role <> 'moderator') then
    for ended in
      update public.team_moderators tm
         set ends_on = greatest(app.warsaw_today(), tm.starts_on), end_reason = 'removed'
       where tm.profile_id = new.id and tm.ends_on is null
      returning tm.team_id
    loop
      perform app.audit('team.moderation_ended', 'sector_team', ended.team_id,
        jsonb_build_object('profile_id', new.id, 'reason', 'removed', 'because', case when new.active then 'role_changed' else 'deactivated' end));
    end loop;
  end if;
  return new;
end
$$;
create trigger profiles_end_moderator_terms after update of active, role on public.profiles
  for each row execute function app.end_terms_of_former_moderator();

------------------------------------------------------------------------------------------------
-- Importing meetings: all rows, and the venues and rooms the coordinator agreed to create, in one
-- transaction or none. Each item: { teamId, scope, venueId | newVenue {name, address},
-- roomId | newRoom, startsAt, endsAt, isPublic }.

create function public.import_meetings(round_id uuid, meetings jsonb)
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  item jsonb;
  venue uuid;
  room uuid;
  created integer := 0;
begin
  perform app.require_coordinator_for('schedule.forbidden');
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
  perform app.audit('schedule.imported', 'round', round_id, jsonb_build_object('meetings', created));
  return created;
exception
  when exclusion_violation then
    raise exception 'Two meetings would share a room or a team at the same time'
      using errcode = '23P01', hint = 'schedule.conflict';
end
$$;

------------------------------------------------------------------------------------------------
-- Who hears of a new schedule version: the active moderators of the teams it lists (now or in
-- the previous version), and the active staff of the departments taking part in the round.

create function app.schedule_recipients(round uuid, meetings jsonb) returns setof text
language sql stable security definer set search_path = ''
as $$
  select distinct p.email from public.profiles p
  where p.active and (
    (p.role = 'moderator' and exists (
      select 1 from public.team_moderators tm
      join jsonb_array_elements(meetings) m on (m ->> 'teamId')::uuid = tm.team_id
      where tm.profile_id = p.id and tm.ends_on is null))
    or (p.role = 'department' and exists (
      select 1 from public.round_departments rd where rd.round_id = round and rd.department_id = p.department_id))
  )
$$;

-- How many people issuing the next version would e-mail, for the confirmation question.
create function public.schedule_recipient_count(round_id uuid) returns integer
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform app.require_coordinator_for('schedule.forbidden');
  return (
    select count(*) from app.schedule_recipients(round_id,
      app.schedule_snapshot(round_id) || coalesce((
        select v.meetings from public.schedule_versions v where v.round_id = schedule_recipient_count.round_id order by v.number desc limit 1
      ), '[]'::jsonb))
  );
end
$$;

------------------------------------------------------------------------------------------------
-- Issuing a version: freezes the schedule, moves a round in planning to consultation, and
-- queues an e-mail listing the changes for the moderators and departments involved.

create function public.issue_schedule_version(round_id uuid, as_of date)
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
  perform app.require_coordinator_for('schedule.forbidden');
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
  perform app.audit('schedule.issued', 'round', target.id, jsonb_build_object('version', issued.number, 'as_of', as_of));
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

------------------------------------------------------------------------------------------------
-- A venue with its rooms, and the departments of a round: each in one transaction.

create function public.create_venue(name text, address text, rooms text[])
returns public.venues
language plpgsql volatile security definer set search_path = ''
as $$
declare
  created public.venues;
begin
  perform app.require_coordinator_for('venues.forbidden');
  insert into public.venues (name, address) values (btrim(create_venue.name), btrim(coalesce(create_venue.address, '')))
  returning * into created;
  insert into public.venue_rooms (venue_id, name)
  select distinct created.id, btrim(room) from unnest(rooms) room where btrim(room) <> '';
  perform app.audit('venue.created', 'venue', created.id, jsonb_build_object('rooms', rooms));
  return created;
exception
  when unique_violation then
    raise exception 'This venue already exists' using errcode = '23505', hint = 'venues.exists';
end
$$;

create function public.set_round_departments(round_id uuid, department_ids uuid[])
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform app.require_coordinator_for('rounds.forbidden');
  delete from public.round_departments rd
   where rd.round_id = set_round_departments.round_id and rd.department_id <> all (department_ids);
  insert into public.round_departments (round_id, department_id)
  select set_round_departments.round_id, unnest(department_ids)
  on conflict do nothing;
  perform app.audit('round.departments_set', 'round', set_round_departments.round_id, jsonb_build_object('departments', department_ids));
end
$$;

revoke all on function public.create_venue(text, text, text[]), public.set_round_departments(uuid, uuid[]) from public, anon;
grant execute on function public.create_venue(text, text, text[]), public.set_round_departments(uuid, uuid[]) to authenticated;

revoke all on function public.assign_moderator(uuid, uuid, date), public.end_moderation(uuid, date, public.moderation_end),
  public.import_meetings(uuid, jsonb), public.issue_schedule_version(uuid, date) from public, anon;
grant execute on function public.assign_moderator(uuid, uuid, date), public.end_moderation(uuid, date, public.moderation_end),
  public.import_meetings(uuid, jsonb), public.issue_schedule_version(uuid, date) to authenticated;
revoke all on function public.schedule_recipient_count(uuid) from public, anon;
grant execute on function public.schedule_recipient_count(uuid) to authenticated;
revoke all on function app.refuse_future(date), app.end_terms_of_former_moderator(), app.schedule_recipients(uuid, jsonb), app.schedule_snapshot(uuid), app.schedule_content(jsonb)
  from public, anon, authenticated;

------------------------------------------------------------------------------------------------
-- Row-level security.

alter table public.sector_teams enable row level security;
alter table public.team_moderators enable row level security;
alter table public.venues enable row level security;
alter table public.venue_rooms enable row level security;
alter table public.round_departments enable row level security;
alter table public.meetings enable row level security;
alter table public.schedule_versions enable row level security;

create policy "Anyone can read the teams of a programme with a public round" on public.sector_teams
  for select to anon, authenticated using (app.programme_is_public(programme_id));
create policy "Staff can read every team" on public.sector_teams
  for select to authenticated using ((select app.is_staff()));
create policy "Coordinators can add teams" on public.sector_teams
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can rename teams" on public.sector_teams
  for update to authenticated using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove teams" on public.sector_teams
  for delete to authenticated using ((select app.has_role('coordinator')));

create policy "Anyone can see whether a public programme's team has a moderator" on public.team_moderators
  for select to anon, authenticated
  using (exists (select 1 from public.sector_teams t where t.id = team_id and app.programme_is_public(t.programme_id)));
create policy "Staff can read the moderators' history" on public.team_moderators
  for select to authenticated using ((select app.is_staff()));
revoke insert, update, delete, truncate on public.team_moderators from anon, authenticated;

create policy "Anyone can read venues" on public.venues for select to anon, authenticated using (true);
create policy "Coordinators can add venues" on public.venues
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can edit venues" on public.venues
  for update to authenticated using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove venues" on public.venues
  for delete to authenticated using ((select app.has_role('coordinator')));

create policy "Anyone can read rooms" on public.venue_rooms for select to anon, authenticated using (true);
create policy "Coordinators can add rooms" on public.venue_rooms
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can rename rooms" on public.venue_rooms
  for update to authenticated using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove rooms" on public.venue_rooms
  for delete to authenticated using ((select app.has_role('coordinator')));

create policy "Staff can read who takes part in a round" on public.round_departments
  for select to authenticated using ((select app.is_staff()));
create policy "Coordinators can add departments to a round" on public.round_departments
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove departments from a round" on public.round_departments
  for delete to authenticated using ((select app.has_role('coordinator')));
revoke update on public.round_departments from anon, authenticated;

create policy "Coordinators can read every draft meeting" on public.meetings
  for select to authenticated using ((select app.has_role('coordinator')));
create policy "Department staff can read the meetings of rounds their department takes part in" on public.meetings
  for select to authenticated using ((select app.has_role('department')) and app.takes_part(round_id));
create policy "Moderators can read the meetings of the teams they moderate now" on public.meetings
  for select to authenticated using (app.moderates(team_id));
create policy "Coordinators can plan meetings" on public.meetings
  for insert to authenticated with check ((select app.has_role('coordinator')));
create policy "Coordinators can move and cancel meetings" on public.meetings
  for update to authenticated using ((select app.has_role('coordinator'))) with check ((select app.has_role('coordinator')));
create policy "Coordinators can remove draft meetings" on public.meetings
  for delete to authenticated using ((select app.has_role('coordinator')));
revoke update on public.meetings from anon, authenticated;
grant update (team_id, scope, venue_id, room_id, starts_at, ends_at, is_public, cancelled, change_reason) on public.meetings to authenticated;

create policy "Anyone can read the issued schedule of a public round" on public.schedule_versions
  for select to anon, authenticated using (app.round_is_public(round_id));
create policy "Staff can read the issued schedules of rounds they take part in" on public.schedule_versions
  for select to authenticated using (app.participates(round_id));
revoke insert, update, delete, truncate on public.schedule_versions from anon, authenticated;
