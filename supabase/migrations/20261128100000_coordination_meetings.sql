-- Coordination meetings of a round: the coordinator with the team moderators (not a sector team's
-- meeting), with a date, a place, who took part, why it met, and its decisions (ustalenia) in
-- order. The round's summary opens with them.

create table public.coordination_meetings (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete restrict,
  title text not null check (length(btrim(title)) between 1 and 300),
  held_on date not null,
  venue_id uuid references public.venues (id) on delete restrict,
  participants text not null default '' check (length(participants) <= 2000),
  -- Why it met ("in view of the changes in the schedule of work on the programme").
  purpose text not null default '' check (length(purpose) <= 2000),
  -- Raised at every save: a save based on an older version is refused, never silently applied.
  version integer not null default 1,
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now()
);
create index coordination_meetings_round_idx on public.coordination_meetings (round_id, held_on);

create table public.coordination_decisions (
  id uuid primary key default gen_random_uuid(),
  meeting_id uuid not null references public.coordination_meetings (id) on delete cascade,
  position integer not null check (position between 1 and 200),
  body text not null check (length(btrim(body)) between 1 and 5000),
  constraint coordination_decision_position_unique unique (meeting_id, position)
);

-- Creates (no `meeting_id`) or corrects a coordination meeting, with its decisions in order: the
-- list given replaces the one saved. `expected_version` is the version the form showed.
create function public.save_coordination_meeting(meeting_id uuid, round_id uuid, expected_version integer, title text,
  held_on date, venue_id uuid, participants text, purpose text, decisions text[])
returns public.coordination_meetings
language plpgsql volatile security definer set search_path = ''
as $$
declare
  saved public.coordination_meetings;
begin
  perform app.require_permission('rounds.manage', 'coordination.forbidden');
  if cardinality(decisions) > 200 then
    raise exception 'At most 200 decisions' using errcode = '22023', hint = 'coordination.too_many_decisions';
  end if;
  if meeting_id is null then
    perform app.audit_as('coordination_meeting.created');
    insert into public.coordination_meetings (round_id, title, held_on, venue_id, participants, purpose, created_by, updated_by)
    values (save_coordination_meeting.round_id, btrim(title), held_on, venue_id, btrim(coalesce(participants, '')),
            btrim(coalesce(purpose, '')), auth.uid(), auth.uid())
    returning * into saved;
  else
    perform app.audit_as('coordination_meeting.edited');
    select * into saved from public.coordination_meetings c where c.id = save_coordination_meeting.meeting_id for update;
    if not found then
      raise exception 'There is no coordination meeting %', meeting_id using errcode = 'P0002', hint = 'coordination.not_found';
    end if;
    if saved.version <> expected_version then
      raise exception 'The meeting was saved elsewhere meanwhile (version %)', saved.version using errcode = 'PT409', hint = 'coordination.conflict';
    end if;
    update public.coordination_meetings c
       set title = btrim(save_coordination_meeting.title), held_on = save_coordination_meeting.held_on,
           venue_id = save_coordination_meeting.venue_id, participants = btrim(coalesce(save_coordination_meeting.participants, '')),
           purpose = btrim(coalesce(save_coordination_meeting.purpose, '')), version = c.version + 1,
           updated_by = auth.uid(), updated_at = now()
     where c.id = saved.id
    returning * into saved;
    delete from public.coordination_decisions d where d.meeting_id = saved.id;
  end if;
  insert into public.coordination_decisions (meeting_id, position, body)
  select saved.id, row_number() over (order by d.ordinality), btrim(d.body)
    from unnest(coalesce(decisions, '{}')) with ordinality d(body, ordinality)
   where btrim(d.body) <> '';
  return saved;
end
$$;

revoke all on function public.save_coordination_meeting(uuid, uuid, integer, text, date, uuid, text, text, text[]) from public, anon;
grant execute on function public.save_coordination_meeting(uuid, uuid, integer, text, date, uuid, text, text, text[]) to authenticated;

alter table public.coordination_meetings enable row level security;
alter table public.coordination_decisions enable row level security;

create policy "Staff read the coordination meetings of the rounds they take part in" on public.coordination_meetings
  for select to authenticated using (app.participates(round_id));
create policy "Whoever reads a coordination meeting reads its decisions" on public.coordination_decisions
  for select to authenticated using (exists (select 1 from public.coordination_meetings c where c.id = meeting_id));

grant select on public.coordination_meetings, public.coordination_decisions to authenticated;
grant select, insert, update, delete on public.coordination_meetings, public.coordination_decisions to service_role;

select audit.track('public.coordination_meetings');
select audit.track('public.coordination_decisions');
