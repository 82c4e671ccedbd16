-- After the schedule: NGOs sign up for open meetings (confirmed by e-mail, reminded, told of
-- moves), each meeting's outcome (held, with who came, or not held and why), its minutes (drafts,
-- submitted to the team's moderator, approved or returned, corrected by new revisions) and the
-- follow-up talks NGOs are invited to with a named department. Every write is a function below;
-- the tables are read-only to the API, and RLS decides who reads what.

-- When the round's summary was published (set by the summary's publication): sign-ups are
-- deleted a set time after it.
alter table public.rounds add column published_at timestamptz;

insert into app.role_permissions (role, permission) values
  ('coordinator', 'signups.read'),
  ('moderator', 'signups.read');

-- An open meeting of a public round: what visitors may read about and sign up for.
create function app.meeting_is_public(meeting uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.meetings m join public.rounds r on r.id = m.round_id
                  where m.id = meeting and m.is_public and r.is_public)
$$;
revoke all on function app.meeting_is_public(uuid) from public;
grant execute on function app.meeting_is_public(uuid) to anon, authenticated, service_role;

-- Coordinators act for every team; a moderator for the teams they moderate now.
create function app.acts_for_team(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.can('teams.manage') or app.moderates(team)
$$;
revoke all on function app.acts_for_team(uuid) from public;
grant execute on function app.acts_for_team(uuid) to anon, authenticated, service_role;

-- One meeting as the e-mails about it show it: as the latest issued version of the schedule has it
-- (the draft's, for a meeting never issued), with its round.
create function app.meeting_notice(meeting uuid) returns jsonb
language sql stable security definer set search_path = ''
as $$
  select item || jsonb_build_object('roundId', r.id, 'roundTitle', r.title)
    from public.meetings m
    join public.rounds r on r.id = m.round_id
    cross join lateral (
      select v.meetings, v.number from public.schedule_versions v
       where v.round_id = m.round_id and v.meetings @> jsonb_build_array(jsonb_build_object('id', m.id))
      union all
      select app.schedule_snapshot(m.round_id), 0
      order by 2 desc limit 1
    ) schedule
    cross join lateral jsonb_array_elements(schedule.meetings) item
   where m.id = meeting and item ->> 'id' = meeting::text
$$;
revoke all on function app.meeting_notice(uuid) from public, anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- Sign-ups for open meetings. Nothing counts until the address is confirmed through its link.

create table public.meeting_signups (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meetings (id) on delete cascade,
  organisation text not null check (length(btrim(organisation)) between 2 and 300),
  person_name text not null check (length(btrim(person_name)) between 2 and 200),
  email text not null check (length(email) between 3 and 254 and email = lower(email) and email ~ '^[^@[:space:]]+@[^@[:space:]]+$'),
  accessibility_needs text not null default '' check (length(accessibility_needs) <= 1000),
  -- sha256 of the link's token (the token itself is only in the e-mail).
  token_hash text not null unique,
  token_expires_at timestamptz not null,
  confirmed_at timestamptz,
  reminded_at timestamptz,
  created_at timestamptz not null default now(),
  constraint meeting_signup_once unique (meeting_id, email)
);
create index meeting_signups_confirmed_idx on public.meeting_signups (meeting_id) where confirmed_at is not null;

-- Sign-up requests, counted per address and per client (keyed hashes from the app, never an
-- address or an IP), kept only as long as they count.
create table app.signup_requests (
  id bigint generated always as identity primary key,
  address_hash text not null,
  client_hash text not null,
  granted boolean not null,
  requested_at timestamptz not null default now()
);
create index signup_requests_address_idx on app.signup_requests (address_hash, requested_at) where granted;
create index signup_requests_client_idx on app.signup_requests (client_hash, requested_at);
alter table app.signup_requests enable row level security;
revoke all on app.signup_requests from public, anon, authenticated, service_role;

-- Signs a person up (or, for an address not confirmed yet, renews its link and details) and
-- queues the confirmation e-mail with `confirm_url`. At most 3 granted requests per address in an
-- hour and 10 requests per client in 10 minutes. Answers 'sent', 'already_confirmed' or
-- 'throttled'; a meeting that is not open for sign-ups raises.
create function public.request_meeting_signup(meeting_id uuid, organisation text, person_name text, email text,
  accessibility_needs text, token text, confirm_url text, address_hash text, client_hash text)
returns text
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.meetings;
  address text := lower(btrim(email));
  existing public.meeting_signups;
  allowed boolean;
begin
  perform app.audit_as('signup.requested');
  perform pg_advisory_xact_lock(hashtext('signup address'), hashtext(request_meeting_signup.address_hash));
  perform pg_advisory_xact_lock(hashtext('signup client'), hashtext(request_meeting_signup.client_hash));
  delete from app.signup_requests r where r.requested_at < now() - interval '1 hour';
  allowed := (select count(*) from app.signup_requests r
               where r.address_hash = request_meeting_signup.address_hash and r.granted) < 3
         and (select count(*) from app.signup_requests r
               where r.client_hash = request_meeting_signup.client_hash and r.requested_at > now() - interval '10 minutes') < 10;
  insert into app.signup_requests (address_hash, client_hash, granted)
  values (request_meeting_signup.address_hash, request_meeting_signup.client_hash, allowed);
  if not allowed then
    return 'throttled';
  end if;

  select m.* into target from public.meetings m join public.rounds r on r.id = m.round_id
   where m.id = request_meeting_signup.meeting_id and m.is_public and not m.cancelled and m.starts_at > now()
     and r.is_public and r.status in ('planning', 'consultation')
     -- As the public reads it: open and not cancelled in the latest issued version.
     and (select v.meetings @> jsonb_build_array(jsonb_build_object('id', m.id, 'isPublic', true, 'cancelled', false))
            from public.schedule_versions v where v.round_id = r.id order by v.number desc limit 1);
  if not found then
    raise exception 'This meeting takes no sign-ups' using errcode = 'P0001', hint = 'signups.closed';
  end if;

  select * into existing from public.meeting_signups s where s.meeting_id = target.id and s.email = address for update;
  if existing.confirmed_at is not null then
    return 'already_confirmed';
  end if;
  insert into public.meeting_signups (meeting_id, organisation, person_name, email, accessibility_needs, token_hash, token_expires_at)
  values (target.id, btrim(organisation), btrim(person_name), address, btrim(coalesce(accessibility_needs, '')),
          encode(sha256(convert_to(token, 'UTF8')), 'hex'), now() + interval '48 hours')
  on conflict on constraint meeting_signup_once do update
    set organisation = excluded.organisation, person_name = excluded.person_name,
        accessibility_needs = excluded.accessibility_needs, token_hash = excluded.token_hash,
        token_expires_at = excluded.token_expires_at;
  perform app.enqueue_email(address, 'signup-confirm',
    app.meeting_notice(target.id) || jsonb_build_object('confirmUrl', confirm_url, 'personName', btrim(person_name)));
  return 'sent';
end
$$;

-- Confirms the sign-up whose link holds `token`. Answers the meeting and 'confirmed',
-- 'already_confirmed' or 'expired'; an unknown token gives no row.
create function public.confirm_meeting_signup(token text)
returns table (meeting_id uuid, round_id uuid, status text)
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.meeting_signups;
begin
  perform app.audit_as('signup.confirmed');
  select * into target from public.meeting_signups s
   where s.token_hash = encode(sha256(convert_to(confirm_meeting_signup.token, 'UTF8')), 'hex') for update;
  if not found then
    return;
  end if;
  meeting_id := target.meeting_id;
  round_id := (select m.round_id from public.meetings m where m.id = target.meeting_id);
  if target.confirmed_at is not null then
    status := 'already_confirmed';
  elsif target.token_expires_at < now() then
    status := 'expired';
  else
    update public.meeting_signups s set confirmed_at = now() where s.id = target.id;
    status := 'confirmed';
  end if;
  return next;
end
$$;

-- The day before a meeting (Warsaw time), once, to each confirmed participant.
create function public.send_meeting_reminders()
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  due record;
  reminded integer := 0;
begin
  perform app.audit_as('signups.reminded');
  for due in
    update public.meeting_signups s set reminded_at = now()
      from public.meetings m
     where m.id = s.meeting_id and s.confirmed_at is not null and s.reminded_at is null and not m.cancelled
       and (m.starts_at at time zone 'Europe/Warsaw')::date = app.warsaw_today() + 1
    returning s.email, s.meeting_id
  loop
    perform app.enqueue_email(due.email, 'meeting-reminder', app.meeting_notice(due.meeting_id));
    reminded := reminded + 1;
  end loop;
  return reminded;
end
$$;

-- Deletes what the sign-up form collected: unconfirmed sign-ups a week after they were made, and
-- every sign-up of a round 90 days after its summary was published, and the e-mails sent to those
-- addresses about meetings. Run by the sweep.
create function public.purge_meeting_signups()
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  purged integer;
begin
  perform app.audit_as('signups.purged');
  delete from public.meeting_signups s
   using public.meetings m, public.rounds r
   where m.id = s.meeting_id and r.id = m.round_id
     and ((s.confirmed_at is null and s.created_at < now() - interval '7 days')
       or r.published_at < now() - interval '90 days');
  get diagnostics purged = row_count;
  -- With the sent e-mails that carried them.
  delete from public.email_outbox o
   where o.template in ('signup-confirm', 'meeting-reminder', 'meeting-moved', 'meeting-cancelled') and o.status <> 'pending'
     and not exists (select 1 from public.meeting_signups s where s.email = o.to_address);
  return purged;
end
$$;

-- When a version of the schedule moves or cancels a meeting, its confirmed participants are told,
-- with the schedule's reason; a moved meeting is reminded of again the day before its new date.
create function app.notify_signups_of_changes() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  changed record;
  participant record;
begin
  for changed in
    select now_item, before_item
      from jsonb_array_elements(new.meetings) now_item
      join public.schedule_versions previous on previous.round_id = new.round_id and previous.number = new.number - 1
      cross join lateral jsonb_array_elements(previous.meetings) before_item
     where before_item ->> 'id' = now_item ->> 'id' and not (before_item ->> 'cancelled')::boolean
       and ((now_item ->> 'cancelled')::boolean
         or (now_item -> 'startsAt', now_item -> 'endsAt', now_item -> 'venueId', now_item -> 'roomId')
            is distinct from (before_item -> 'startsAt', before_item -> 'endsAt', before_item -> 'venueId', before_item -> 'roomId'))
  loop
    for participant in
      update public.meeting_signups s set reminded_at = null
       where s.meeting_id = (changed.now_item ->> 'id')::uuid and s.confirmed_at is not null
      returning s.email
    loop
      perform app.enqueue_email(participant.email,
        case when (changed.now_item ->> 'cancelled')::boolean then 'meeting-cancelled' else 'meeting-moved' end,
        changed.now_item || jsonb_build_object('roundId', new.round_id,
          'roundTitle', (select r.title from public.rounds r where r.id = new.round_id), 'previous', changed.before_item));
    end loop;
  end loop;
  return null;
end
$$;
create trigger schedule_versions_notify_signups after insert on public.schedule_versions
  for each row execute function app.notify_signups_of_changes();

------------------------------------------------------------------------------------------------
-- Outcomes: held (the organisations present, their count, the departments present) or not held
-- (a reason from the list, and free text).

create type public.meeting_not_held_reason as enum ('no_moderator', 'no_quorum', 'cancelled_by_organiser', 'other');

create table public.meeting_outcomes (
  meeting_id uuid primary key references public.meetings (id) on delete restrict,
  -- The meeting's, kept here for the policies.
  round_id uuid not null references public.rounds (id) on delete restrict,
  team_id uuid not null references public.sector_teams (id) on delete restrict,
  held boolean not null,
  organisations text[] not null default '{}' check (cardinality(organisations) <= 300),
  organisation_count integer check (organisation_count between 0 and 10000),
  not_held_reason public.meeting_not_held_reason,
  note text not null default '' check (length(note) <= 2000),
  recorded_by uuid references public.profiles (id) on delete set null,
  recorded_at timestamptz not null default now(),
  version integer not null default 1,
  constraint outcome_is_complete check (
    (held and not_held_reason is null and organisation_count >= cardinality(organisations))
    or (not held and not_held_reason is not null and organisation_count is null and cardinality(organisations) = 0
        and (not_held_reason <> 'other' or length(btrim(note)) > 0)))
);
create index meeting_outcomes_round_idx on public.meeting_outcomes (round_id);

create table public.meeting_outcome_departments (
  meeting_id uuid not null references public.meeting_outcomes (meeting_id) on delete cascade,
  department_id uuid not null references public.departments (id) on delete restrict,
  primary key (meeting_id, department_id)
);

-- Records or corrects the outcome once the meeting has begun. `expected_version` is the version
-- the form showed (0 for none yet): a correction based on an older one is refused.
create function public.record_meeting_outcome(meeting_id uuid, expected_version integer, held boolean,
  organisations text[], organisation_count integer, department_ids uuid[],
  not_held_reason public.meeting_not_held_reason, note text)
returns public.meeting_outcomes
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.meetings;
  previous public.meeting_outcomes;
  names text[];
  saved public.meeting_outcomes;
begin
  perform app.require_permission('meetings.record_outcome', 'outcomes.forbidden');
  select * into target from public.meetings m where m.id = record_meeting_outcome.meeting_id for update;
  if not found then
    raise exception 'There is no meeting %', meeting_id using errcode = 'P0002', hint = 'meetings.not_found';
  end if;
  if target.cancelled then
    raise exception 'A cancelled meeting has no outcome' using errcode = 'P0001', hint = 'outcomes.cancelled';
  end if;
  if target.starts_at > now() then
    raise exception 'The meeting has not begun' using errcode = 'P0001', hint = 'outcomes.not_started';
  end if;
  select * into previous from public.meeting_outcomes o where o.meeting_id = target.id;
  if coalesce(previous.version, 0) <> expected_version then
    raise exception 'The outcome was recorded meanwhile (version %)', previous.version using errcode = 'PT409', hint = 'outcomes.conflict';
  end if;
  if not held and exists (select 1 from public.minutes_revisions r where r.meeting_id = target.id) then
    raise exception 'The meeting has minutes' using errcode = 'P0001', hint = 'outcomes.has_minutes';
  end if;
  perform app.audit_as(case when previous.meeting_id is null then 'outcome.recorded' else 'outcome.corrected' end);
  select coalesce(array_agg(distinct btrim(n) order by btrim(n)), '{}') into names
    from unnest(coalesce(organisations, '{}')) n where btrim(n) <> '';
  if exists (select 1 from unnest(names) n where length(n) > 300) then
    raise exception 'An organisation''s name is too long' using errcode = '22001', hint = 'outcomes.organisation_too_long';
  end if;
  if held and coalesce(organisation_count, -1) < cardinality(names) then
    raise exception 'The count is lower than the organisations listed' using errcode = '23514', hint = 'outcomes.count_too_low';
  end if;
  if not held and not_held_reason = 'other' and btrim(coalesce(note, '')) = '' then
    raise exception 'Say why the meeting was not held' using errcode = '23514', hint = 'outcomes.note_required';
  end if;

  insert into public.meeting_outcomes (meeting_id, round_id, team_id, held, organisations, organisation_count, not_held_reason, note, recorded_by)
  values (target.id, target.round_id, target.team_id, held,
          case when held then names else '{}' end, case when held then organisation_count end,
          case when not held then not_held_reason end, btrim(coalesce(note, '')), auth.uid())
  on conflict on constraint meeting_outcomes_pkey do update
    set held = excluded.held, organisations = excluded.organisations, organisation_count = excluded.organisation_count,
        not_held_reason = excluded.not_held_reason, note = excluded.note, recorded_by = excluded.recorded_by,
        recorded_at = now(), version = public.meeting_outcomes.version + 1
  returning * into saved;
  delete from public.meeting_outcome_departments d where d.meeting_id = target.id;
  if held then
    insert into public.meeting_outcome_departments (meeting_id, department_id)
    select distinct target.id, d.id from unnest(coalesce(department_ids, '{}')) d(id);
  end if;
  return saved;
end
$$;

-- What the coordinator's home flags, among the issued meetings of rounds still under way: those in
-- the next `lookahead_days` whose team has no moderator now ('vacant_soon'), and those that ended
-- over `outcome_due_days` ago with no outcome ('outcome_missing'). Read with the caller's rights,
-- and only the flagged rows leave the database, however many meetings the rounds have.
create function public.meeting_flags(lookahead_days integer, outcome_due_days integer)
returns table (kind text, id uuid, team_id uuid, team_name text, round_title text, starts_at timestamptz, ends_at timestamptz)
language sql stable security invoker set search_path = ''
as $$
  select case when m.starts_at > now() then 'vacant_soon' else 'outcome_missing' end,
         m.id, m.team_id, t.name, r.title, m.starts_at, m.ends_at
    from public.rounds r
    cross join lateral (select v.meetings from public.schedule_versions v where v.round_id = r.id order by v.number desc limit 1) issued
    join public.meetings m on m.round_id = r.id and not m.cancelled
     and issued.meetings @> jsonb_build_array(jsonb_build_object('id', m.id, 'cancelled', false))
    join public.sector_teams t on t.id = m.team_id
   where r.status in ('planning', 'consultation', 'summarising')
     and ((m.starts_at > now() and m.starts_at <= now() + make_interval(days => lookahead_days)
           and not exists (select 1 from public.team_moderators tm where tm.team_id = m.team_id and tm.ends_on is null))
       or (m.ends_at <= now() - make_interval(days => outcome_due_days)
           and not exists (select 1 from public.meeting_outcomes o where o.meeting_id = m.id)))
   order by m.starts_at, t.name
$$;
revoke all on function public.meeting_flags(integer, integer) from public, anon;
grant execute on function public.meeting_flags(integer, integer) to authenticated;

------------------------------------------------------------------------------------------------
-- Minutes: revisions of one structured document per held meeting. A revision is a draft (saved
-- as often as needed), submitted, returned with comments, or approved, and then locked: a
-- correction is the next revision, approved in its turn.

create type public.minutes_state as enum ('draft', 'submitted', 'returned', 'approved');

create table public.minutes_revisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meeting_outcomes (meeting_id) on delete restrict,
  -- The meeting's, kept here for the policies.
  round_id uuid not null references public.rounds (id) on delete restrict,
  team_id uuid not null references public.sector_teams (id) on delete restrict,
  revision integer not null check (revision >= 1),
  state public.minutes_state not null default 'draft',
  attendance text not null default '' check (length(attendance) <= 20000),
  agenda text not null default '' check (length(agenda) <= 20000),
  positions text not null default '' check (length(positions) <= 20000),
  decisions text not null default '' check (length(decisions) <= 20000),
  follow_ups text not null default '' check (length(follow_ups) <= 20000),
  -- Raised at every save: a save based on an older version is refused, never silently applied.
  version integer not null default 0,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now(),
  submitted_by uuid references public.profiles (id) on delete set null,
  submitted_at timestamptz,
  reviewed_by uuid references public.profiles (id) on delete set null,
  -- The reviewer's name as it was then: approved minutes say who approved them, to the public too.
  reviewed_by_name text,
  reviewed_at timestamptz,
  review_comment text not null default '' check (length(review_comment) <= 5000),
  -- Every return of this revision, oldest first ({comment, by, at}): the last review's comment
  -- alone would lose them once the revision is approved.
  return_history jsonb not null default '[]' check (jsonb_typeof(return_history) = 'array'),
  -- Approved by the coordinator because the team had no moderator.
  approved_as_substitute boolean not null default false,
  constraint minutes_revision_unique unique (meeting_id, revision),
  constraint minutes_approved_is_reviewed check (state <> 'approved' or (reviewed_at is not null and reviewed_by_name is not null)),
  constraint minutes_returned_has_comment check (state <> 'returned' or length(btrim(review_comment)) > 0)
);
create index minutes_revisions_round_idx on public.minutes_revisions (round_id, state);

-- The team's moderator now, if any.
create function app.current_moderator(team uuid) returns public.profiles
language sql stable security definer set search_path = ''
as $$
  select p.* from public.team_moderators tm join public.profiles p on p.id = tm.profile_id
   where tm.team_id = team and tm.ends_on is null and p.active
$$;
revoke all on function app.current_moderator(uuid) from public, anon, authenticated, service_role;

-- The meeting's latest revision, locked, after checking that the caller writes its minutes.
create function app.latest_minutes_for_writing(meeting uuid) returns public.minutes_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  outcome public.meeting_outcomes;
  latest public.minutes_revisions;
begin
  select * into outcome from public.meeting_outcomes o where o.meeting_id = meeting for update;
  if not found or not app.can('minutes.write') or not app.acts_for_team(outcome.team_id) then
    raise exception 'Not permitted to write these minutes' using errcode = '42501', hint = 'minutes.forbidden';
  end if;
  if not outcome.held then
    raise exception 'The meeting was not held' using errcode = 'P0001', hint = 'minutes.not_held';
  end if;
  select * into latest from public.minutes_revisions r where r.meeting_id = meeting order by r.revision desc limit 1;
  if not found then
    latest.meeting_id := outcome.meeting_id;
    latest.round_id := outcome.round_id;
    latest.team_id := outcome.team_id;
    latest.revision := 0;
    latest.version := 0;
    latest.state := 'approved';
  end if;
  return latest;
end
$$;
revoke all on function app.latest_minutes_for_writing(uuid) from public, anon, authenticated, service_role;

-- Saves the open revision. `expected_version` is the version the editor started from: 0 to begin
-- the first revision or a correction of approved minutes. Anything saved since is a conflict.
create function public.save_minutes(meeting_id uuid, expected_version integer, attendance text, agenda text,
  positions text, decisions text, follow_ups text)
returns public.minutes_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  latest public.minutes_revisions := app.latest_minutes_for_writing(save_minutes.meeting_id);
  saved public.minutes_revisions;
begin
  perform app.audit_as('minutes.saved');
  if latest.state = 'submitted' then
    raise exception 'The minutes await approval' using errcode = 'P0001', hint = 'minutes.awaiting_approval';
  end if;
  if latest.state = 'approved' then
    if expected_version <> 0 then
      raise exception 'The minutes were approved meanwhile (revision %)', latest.revision using errcode = 'PT409', hint = 'minutes.conflict';
    end if;
    insert into public.minutes_revisions (meeting_id, round_id, team_id, revision, created_by, updated_by)
    values (latest.meeting_id, latest.round_id, latest.team_id, latest.revision + 1, auth.uid(), auth.uid())
    returning * into latest;
  elsif latest.version <> expected_version then
    raise exception 'The minutes were saved elsewhere meanwhile (version %)', latest.version using errcode = 'PT409', hint = 'minutes.conflict';
  end if;
  update public.minutes_revisions r
     set attendance = btrim(coalesce(save_minutes.attendance, '')), agenda = btrim(coalesce(save_minutes.agenda, '')),
         positions = btrim(coalesce(save_minutes.positions, '')), decisions = btrim(coalesce(save_minutes.decisions, '')),
         follow_ups = btrim(coalesce(save_minutes.follow_ups, '')),
         version = r.version + 1, updated_by = auth.uid(), updated_at = now()
   where r.id = latest.id
  returning * into saved;
  return saved;
end
$$;

-- Submits the open revision, as saved at `expected_version`, to the team's moderator (to the
-- coordinators when the team has none). Submitting what is already submitted returns it.
create function public.submit_minutes(meeting_id uuid, expected_version integer)
returns public.minutes_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  latest public.minutes_revisions := app.latest_minutes_for_writing(submit_minutes.meeting_id);
  moderator public.profiles;
  recipient text;
begin
  perform app.audit_as('minutes.submitted');
  if latest.state = 'submitted' then
    return latest;
  end if;
  if latest.id is null or latest.state = 'approved' then
    raise exception 'There is no draft to submit' using errcode = 'P0002', hint = 'minutes.no_draft';
  end if;
  if latest.version <> expected_version then
    raise exception 'The minutes were saved elsewhere meanwhile (version %)', latest.version using errcode = 'PT409', hint = 'minutes.conflict';
  end if;
  if btrim(latest.attendance || latest.agenda || latest.positions || latest.decisions || latest.follow_ups) = '' then
    raise exception 'The minutes are empty' using errcode = '23514', hint = 'minutes.empty';
  end if;
  update public.minutes_revisions r
     set state = 'submitted', submitted_by = auth.uid(), submitted_at = now(), version = r.version + 1
   where r.id = latest.id
  returning * into latest;
  moderator := app.current_moderator(latest.team_id);
  for recipient in
    select moderator.email where moderator.id is not null
    union
    select p.email from public.profiles p where moderator.id is null and p.active and p.role = 'coordinator'
  loop
    perform app.enqueue_email(recipient, 'minutes-submitted', app.meeting_notice(latest.meeting_id)
      || jsonb_build_object('revision', latest.revision, 'asSubstitute', moderator.id is null));
  end loop;
  return latest;
end
$$;

-- Approves or returns (with comments) the submitted revision. The team's moderator reviews; when
-- the team has none, a coordinator does, as the substitute, and the minutes say so.
create function public.review_minutes(meeting_id uuid, approve boolean, comment text)
returns public.minutes_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.minutes_revisions;
  moderator public.profiles;
  substitute boolean;
  author text;
begin
  select * into target from public.minutes_revisions r
   where r.meeting_id = review_minutes.meeting_id order by r.revision desc limit 1 for update;
  if not found then
    raise exception 'There are no minutes' using errcode = '42501', hint = 'minutes.forbidden';
  end if;
  moderator := app.current_moderator(target.team_id);
  substitute := moderator.id is null;
  if not app.can('minutes.approve') or not (case when substitute then app.can('teams.manage') else app.moderates(target.team_id) end) then
    raise exception 'Not permitted to review these minutes' using errcode = '42501', hint = 'minutes.forbidden';
  end if;
  if target.state <> 'submitted' then
    raise exception 'Only submitted minutes are reviewed' using errcode = 'P0001', hint = 'minutes.not_submitted';
  end if;
  if not approve and btrim(coalesce(comment, '')) = '' then
    raise exception 'Say what to change' using errcode = '23514', hint = 'minutes.comment_required';
  end if;
  perform app.audit_as(case when approve then 'minutes.approved' else 'minutes.returned' end);
  update public.minutes_revisions r
     set state = case when approve then 'approved'::public.minutes_state else 'returned'::public.minutes_state end,
         reviewed_by = auth.uid(), reviewed_at = now(), review_comment = btrim(coalesce(comment, '')),
         reviewed_by_name = (select p.full_name from public.profiles p where p.id = auth.uid()),
         approved_as_substitute = approve and substitute, version = r.version + 1,
         return_history = case when approve then r.return_history else r.return_history || jsonb_build_array(jsonb_build_object(
           'comment', btrim(comment), 'by', (select p.full_name from public.profiles p where p.id = auth.uid()), 'at', now())) end
   where r.id = target.id
  returning * into target;
  select p.email into author from public.profiles p where p.id = target.submitted_by and p.active;
  if author is not null then
    perform app.enqueue_email(author, case when approve then 'minutes-approved' else 'minutes-returned' end,
      app.meeting_notice(target.meeting_id) || jsonb_build_object('revision', target.revision, 'comment', target.review_comment,
        'asSubstitute', target.approved_as_substitute));
  end if;
  return target;
end
$$;

------------------------------------------------------------------------------------------------
-- Follow-up talks: an organisation from a meeting invited to talk with a named department or
-- unit, on a subject; the department records whether and when the talks take place.

create type public.follow_up_status as enum ('invited', 'scheduled', 'held', 'dropped');

create table public.follow_ups (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.meeting_outcomes (meeting_id) on delete restrict,
  -- The meeting's, kept here for the policies.
  round_id uuid not null references public.rounds (id) on delete restrict,
  team_id uuid not null references public.sector_teams (id) on delete restrict,
  department_id uuid not null references public.departments (id) on delete restrict,
  organisation text not null check (length(btrim(organisation)) between 1 and 300),
  subject text not null check (length(btrim(subject)) between 1 and 2000),
  status public.follow_up_status not null default 'invited',
  -- When the talks are (scheduled) or were (held).
  talks_on date,
  note text not null default '' check (length(note) <= 2000),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now(),
  constraint follow_up_dated check (status not in ('scheduled', 'held') or talks_on is not null)
);
create index follow_ups_round_idx on public.follow_ups (round_id);
create index follow_ups_department_idx on public.follow_ups (department_id, status);
create index follow_ups_meeting_idx on public.follow_ups (meeting_id);

-- Those who manage follow-ups record them directly; those who write a meeting's minutes, from the
-- minutes. The department is e-mailed.
create function public.create_follow_up(meeting_id uuid, department_id uuid, organisation text, subject text)
returns public.follow_ups
language plpgsql volatile security definer set search_path = ''
as $$
declare
  outcome public.meeting_outcomes;
  created public.follow_ups;
  recipient text;
begin
  select * into outcome from public.meeting_outcomes o where o.meeting_id = create_follow_up.meeting_id;
  if not (app.can('follow_ups.manage') or (found and app.can('minutes.write') and app.acts_for_team(outcome.team_id))) then
    raise exception 'Not permitted to record follow-ups of this meeting' using errcode = '42501', hint = 'follow_ups.forbidden';
  end if;
  if not found or not outcome.held then
    raise exception 'Follow-ups come from a held meeting' using errcode = 'P0001', hint = 'follow_ups.not_held';
  end if;
  perform app.audit_as('follow_up.created');
  insert into public.follow_ups (meeting_id, round_id, team_id, department_id, organisation, subject, created_by, updated_by)
  values (outcome.meeting_id, outcome.round_id, outcome.team_id, create_follow_up.department_id, btrim(organisation), btrim(subject), auth.uid(), auth.uid())
  returning * into created;
  for recipient in select app.department_staff(created.department_id) loop
    perform app.enqueue_email(recipient, 'follow-up-created', app.meeting_notice(created.meeting_id)
      || jsonb_build_object('organisation', created.organisation, 'subject', created.subject));
  end loop;
  return created;
end
$$;

-- The department invited records the status and the date of the talks; the coordinator may too.
create function public.update_follow_up(follow_up_id uuid, status public.follow_up_status, talks_on date, note text)
returns public.follow_ups
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.follow_ups;
begin
  select * into target from public.follow_ups f where f.id = follow_up_id for update;
  if not found or not (app.can('follow_ups.manage')
                       or (app.can('follow_ups.update') and target.department_id = app.my_department())) then
    raise exception 'Not permitted to update this follow-up' using errcode = '42501', hint = 'follow_ups.forbidden';
  end if;
  if status in ('scheduled', 'held') and talks_on is null then
    raise exception 'Give the date of the talks' using errcode = '23514', hint = 'follow_ups.date_required';
  end if;
  perform app.audit_as('follow_up.updated');
  update public.follow_ups f
     set status = update_follow_up.status, talks_on = update_follow_up.talks_on, note = btrim(coalesce(update_follow_up.note, '')),
         updated_by = auth.uid(), updated_at = now()
   where f.id = target.id
  returning * into target;
  return target;
end
$$;

------------------------------------------------------------------------------------------------
-- Grants and row-level security.

revoke all on function public.request_meeting_signup(uuid, text, text, text, text, text, text, text, text),
  public.confirm_meeting_signup(text), public.send_meeting_reminders(), public.purge_meeting_signups(),
  public.record_meeting_outcome(uuid, integer, boolean, text[], integer, uuid[], public.meeting_not_held_reason, text),
  public.save_minutes(uuid, integer, text, text, text, text, text), public.submit_minutes(uuid, integer),
  public.review_minutes(uuid, boolean, text), public.create_follow_up(uuid, uuid, text, text),
  public.update_follow_up(uuid, public.follow_up_status, date, text)
  from public, anon, authenticated;
grant execute on function public.request_meeting_signup(uuid, text, text, text, text, text, text, text, text),
  public.confirm_meeting_signup(text), public.send_meeting_reminders(), public.purge_meeting_signups()
  to service_role;
grant execute on function public.record_meeting_outcome(uuid, integer, boolean, text[], integer, uuid[], public.meeting_not_held_reason, text),
  public.save_minutes(uuid, integer, text, text, text, text, text), public.submit_minutes(uuid, integer),
  public.review_minutes(uuid, boolean, text), public.create_follow_up(uuid, uuid, text, text),
  public.update_follow_up(uuid, public.follow_up_status, date, text)
  to authenticated;
revoke all on function app.notify_signups_of_changes() from public, anon, authenticated, service_role;

alter table public.meeting_signups enable row level security;
alter table public.meeting_outcomes enable row level security;
alter table public.meeting_outcome_departments enable row level security;
alter table public.minutes_revisions enable row level security;
alter table public.follow_ups enable row level security;

create policy "The coordinators and the team's moderator read the confirmed participants" on public.meeting_signups
  for select to authenticated
  using (confirmed_at is not null and (select app.can('signups.read')) and exists (
    select 1 from public.meetings m where m.id = meeting_id and app.acts_for_team(m.team_id)));

create policy "Anyone reads the outcomes of open meetings of public rounds, staff of the meetings they read" on public.meeting_outcomes
  for select to anon, authenticated
  using (app.meeting_is_public(meeting_id) or exists (select 1 from public.meetings m where m.id = meeting_id));

create policy "Whoever reads an outcome reads the departments present" on public.meeting_outcome_departments
  for select to anon, authenticated using (exists (select 1 from public.meeting_outcomes o where o.meeting_id = meeting_id));

create policy "Approved minutes are read with their meeting's outcome; every revision by those who write or approve them" on public.minutes_revisions
  for select to anon, authenticated
  using ((state = 'approved' and exists (select 1 from public.meeting_outcomes o where o.meeting_id = minutes_revisions.meeting_id))
    or ((select app.can('minutes.write')) and app.acts_for_team(team_id)));

create policy "The coordinators, the department invited and the team's moderator read follow-ups; anyone those of open meetings" on public.follow_ups
  for select to anon, authenticated
  using (app.meeting_is_public(meeting_id) or (select app.can('follow_ups.manage')) or department_id = app.my_department()
    or app.moderates(team_id));

grant select (id, meeting_id, organisation, person_name, email, accessibility_needs, confirmed_at, created_at)
  on public.meeting_signups to authenticated;
grant select on public.meeting_outcomes, public.meeting_outcome_departments, public.minutes_revisions, public.follow_ups to anon, authenticated;
grant select, insert, update, delete on public.meeting_signups, public.meeting_outcomes, public.meeting_outcome_departments,
  public.minutes_revisions, public.follow_ups to service_role;

select audit.track('public.meeting_signups', array['organisation', 'person_name', 'email', 'accessibility_needs', 'token_hash']);
select audit.track('public.meeting_outcomes');
select audit.track('public.meeting_outcome_departments');
select audit.track('public.minutes_revisions');
select audit.track('public.follow_ups');
