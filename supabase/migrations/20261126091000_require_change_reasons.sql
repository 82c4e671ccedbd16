-- Once a round's schedule has been issued, every change to a meeting carries its reason: the next
-- version lists the changes with their reasons. A rule of the data, so that no direct API call
-- skips it. An edit without a new reason keeps the one given since the last version.

create or replace function app.meeting_before_write() returns trigger
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
