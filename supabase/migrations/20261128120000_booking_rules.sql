-- Booking rules the schedule lacked: a meeting for a whole venue (no room) takes every room of
-- it; a meeting falls within its round's dates (when the round has them) and ends on the day it
-- starts (Warsaw time); venues and programmes cannot be entered twice under the same name. The app
-- checks first and explains; these are the race-free guards behind it.

------------------------------------------------------------------------------------------------
-- A whole-venue booking and a booking of one of its rooms at overlapping times. Two whole-venue
-- bookings, or two bookings of the same room, are already refused by meetings_room_free; this
-- refuses the mixed pairs: same venue, overlapping time, exactly one of the two without a room.

alter table public.meetings add constraint meetings_venue_free exclude using gist (
  venue_id with =, tstzrange(starts_at, ends_at) with &&, (room_id is null) with <>
) where (not cancelled);

------------------------------------------------------------------------------------------------
-- Within the round's dates, and within one day. Checked when a meeting is added or moved, so that
-- cancelling or correcting an older meeting is never blocked by a rule it predates.

create function app.warsaw_date(at timestamptz) returns date
language sql immutable set search_path = ''
as $$ select (at at time zone 'Europe/Warsaw')::date $$;

create or replace function app.meeting_before_write() returns trigger
language plpgsql set search_path = ''
as $$
declare
  round public.rounds;
begin
  if not exists (
    select 1 from public.rounds r join public.sector_teams t on t.programme_id = r.programme_id
    where r.id = new.round_id and t.id = new.team_id
  ) then
    raise exception 'The team does not belong to the programme of this round'
      using errcode = '23514', hint = 'meeting.team_not_in_programme';
  end if;
  if tg_op = 'INSERT' or (new.starts_at, new.ends_at) is distinct from (old.starts_at, old.ends_at) then
    -- Ending at midnight is ending that day.
    if app.warsaw_date(new.starts_at) <> app.warsaw_date(new.ends_at - interval '1 microsecond') then
      raise exception 'A meeting must end on the day it starts'
        using errcode = '23514', hint = 'meeting.crosses_midnight';
    end if;
    select * into round from public.rounds r where r.id = new.round_id;
    if (round.starts_on is not null and app.warsaw_date(new.starts_at) < round.starts_on)
       or (round.ends_on is not null and app.warsaw_date(new.starts_at) > round.ends_on) then
      raise exception 'The meeting is outside the dates of its round'
        using errcode = '23514', hint = 'meeting.outside_round';
    end if;
  end if;
  if new.change_reason is null
     and (tg_op = 'INSERT'
          or (new.starts_at, new.ends_at, new.venue_id, new.room_id, new.cancelled, new.scope, new.team_id, new.is_public)
             is distinct from (old.starts_at, old.ends_at, old.venue_id, old.room_id, old.cancelled, old.scope, old.team_id, old.is_public))
     and exists (select 1 from public.schedule_versions v where v.round_id = new.round_id) then
    raise exception 'A change to an issued schedule needs its reason'
      using errcode = '23514', hint = 'schedule.change_reason_required';
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

------------------------------------------------------------------------------------------------
-- One venue per name, one programme per title: compared without case and with runs of spaces
-- taken as one, as a reader of the meeting form's list would compare them.

create function app.name_key(name text) returns text
language sql immutable set search_path = ''
as $$ select lower(regexp_replace(btrim(name), '\s+', ' ', 'g')) $$;

create unique index venues_name_key on public.venues (app.name_key(name));
create unique index programmes_title_key on public.programmes (app.name_key(title));

-- Importing: a new venue named like an existing one is that venue (whatever its address).
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
      on conflict (app.name_key(name)) do update set name = public.venues.name
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
