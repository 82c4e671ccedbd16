-- The programme's assumptions (systemic and substantive, worked out by the sector teams), the
-- coordinator's requests for the departments' opinions on them, the opinions, and the
-- coordinator's decisions. Every write goes through a function below; the tables are read-only
-- to the API, and RLS decides who reads what.

create type public.assumption_kind as enum ('systemic', 'substantive');
create type public.assumption_status as enum ('draft', 'open');
create type public.opinion_stance as enum ('supports', 'supports_with_changes', 'objects', 'no_remarks');
create type public.opinion_state as enum ('draft', 'submitted');
create type public.decision_outcome as enum ('accepted', 'partially_accepted', 'rejected');

alter table public.sector_teams add constraint sector_team_of_programme unique (id, programme_id);

------------------------------------------------------------------------------------------------
-- Assumptions and their revisions. The text lives in revisions: once an opinion has read a
-- revision, it is frozen, and an edit makes the next one.

create table public.assumptions (
  id uuid primary key default gen_random_uuid(),
  programme_id uuid not null references public.programmes (id) on delete restrict,
  team_id uuid not null,
  kind public.assumption_kind not null,
  number integer not null check (number between 1 and 999),
  status public.assumption_status not null default 'draft',
  current_revision integer not null default 1 check (current_revision >= 1),
  opened_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint assumption_team_of_programme foreign key (team_id, programme_id) references public.sector_teams (id, programme_id),
  constraint assumption_number_unique unique (programme_id, kind, number),
  constraint assumption_opened_when_open check ((status = 'open') = (opened_at is not null))
);
create index assumptions_team_idx on public.assumptions (team_id);
create trigger assumptions_touch before update on public.assumptions
  for each row execute function app.touch_updated_at();

create table public.assumption_revisions (
  id uuid primary key default gen_random_uuid(),
  assumption_id uuid not null references public.assumptions (id) on delete cascade,
  revision integer not null check (revision >= 1),
  title text not null check (length(btrim(title)) between 1 and 300),
  body text not null check (length(btrim(body)) between 1 and 20000),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint assumption_revision_unique unique (assumption_id, revision)
);
create trigger assumption_revisions_touch before update on public.assumption_revisions
  for each row execute function app.touch_updated_at();

------------------------------------------------------------------------------------------------
-- Requests: one department asked about one revision of one assumption, in a round, by a date.
-- Asking again after a new revision makes a new request; the old one points to it.

create table public.opinion_requests (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete restrict,
  department_id uuid not null references public.departments (id) on delete restrict,
  assumption_id uuid not null references public.assumptions (id) on delete restrict,
  revision_id uuid not null references public.assumption_revisions (id) on delete restrict,
  deadline date not null,
  remind_days_before integer not null default 3 check (remind_days_before between 0 and 30),
  requested_by uuid references public.profiles (id) on delete set null,
  requested_at timestamptz not null default now(),
  reminded_at timestamptz,
  replaced_by uuid references public.opinion_requests (id) on delete restrict,
  constraint opinion_request_unique unique (round_id, department_id, assumption_id, revision_id)
);
create index opinion_requests_department_idx on public.opinion_requests (department_id, deadline);
create index opinion_requests_assumption_idx on public.opinion_requests (assumption_id);
create index opinion_requests_revision_idx on public.opinion_requests (revision_id);
create index opinion_requests_due_idx on public.opinion_requests (deadline) where reminded_at is null and replaced_by is null;

------------------------------------------------------------------------------------------------
-- Opinions: at most one per request. A draft belongs to its department alone; submitting is
-- final until the coordinator decides (it can be withdrawn back to a draft before that).

create table public.opinions (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references public.opinion_requests (id) on delete restrict,
  -- The request's, kept here for the policies and the review queue's filters.
  round_id uuid not null references public.rounds (id) on delete restrict,
  department_id uuid not null references public.departments (id) on delete restrict,
  assumption_id uuid not null references public.assumptions (id) on delete restrict,
  revision_id uuid not null references public.assumption_revisions (id) on delete restrict,
  state public.opinion_state not null default 'draft',
  stance public.opinion_stance,
  justification text not null default '' check (length(justification) <= 10000),
  proposed_wording text not null default '' check (length(proposed_wording) <= 10000),
  -- Raised at every save: a save based on an older version is refused, never silently applied.
  version integer not null default 1,
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now(),
  submitted_at timestamptz,
  submitted_by uuid references public.profiles (id) on delete set null,
  late boolean not null default false,
  withdrawn_at timestamptz,
  -- The current decision (its history is in opinion_decisions).
  outcome public.decision_outcome,
  decided_at timestamptz,
  constraint opinion_submitted_is_complete check (
    state = 'draft' or (stance is not null and submitted_at is not null
      and (stance in ('supports', 'no_remarks') or length(btrim(justification)) > 0))),
  constraint opinion_decided_when_submitted check (outcome is null or state = 'submitted'),
  constraint opinion_per_request unique (request_id)
);
create index opinions_department_idx on public.opinions (department_id, state);
create index opinions_queue_idx on public.opinions (state, submitted_at) where state = 'submitted';
create index opinions_assumption_idx on public.opinions (assumption_id);
create index opinions_round_idx on public.opinions (round_id);
create index opinions_revision_idx on public.opinions (revision_id);

create table public.opinion_decisions (
  id uuid primary key default gen_random_uuid(),
  opinion_id uuid not null references public.opinions (id) on delete restrict,
  outcome public.decision_outcome not null,
  justification text not null default '' check (length(justification) <= 10000),
  -- A correction names the decision it corrects; the corrected one stays readable.
  corrects uuid unique references public.opinion_decisions (id) on delete restrict,
  decided_by uuid references public.profiles (id) on delete set null,
  decided_at timestamptz not null default now(),
  constraint decision_justified check (outcome = 'accepted' and corrects is null or length(btrim(justification)) > 0)
);
create index opinion_decisions_opinion_idx on public.opinion_decisions (opinion_id, decided_at);

------------------------------------------------------------------------------------------------
-- Helpers.

-- Whether the caller writes the assumptions of `team`: those who manage teams write any team's,
-- a moderator those of the teams they moderate now.
create function app.writes_assumptions_of(team uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.can('assumptions.write') and (app.can('teams.manage') or app.moderates(team))
$$;

create function app.moderates_assumption(assumption uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select exists (select 1 from public.assumptions a where a.id = assumption and app.moderates(a.team_id))
$$;

-- Department staff act for their own department only.
create function app.answers_for(department uuid) returns boolean
language sql stable security definer set search_path = ''
as $$
  select app.can('opinions.submit') and department = app.my_department()
$$;

-- The end of a deadline day in Warsaw: a submission from then on is late.
create function app.deadline_passed(deadline date, at timestamptz) returns boolean
language sql immutable set search_path = ''
as $$
  select at >= ((deadline + 1)::timestamp at time zone 'Europe/Warsaw')
$$;

revoke all on function app.writes_assumptions_of(uuid), app.moderates_assumption(uuid), app.answers_for(uuid), app.deadline_passed(date, timestamptz) from public;
grant execute on function app.writes_assumptions_of(uuid), app.moderates_assumption(uuid), app.answers_for(uuid) to authenticated, service_role;

-- The active staff of a department, for its e-mails.
create function app.department_staff(department uuid) returns setof text
language sql stable security definer set search_path = ''
as $$
  select p.email from public.profiles p where p.department_id = department and p.role = 'department' and p.active
$$;
revoke all on function app.department_staff(uuid) from public, anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- Assumptions: written by the coordinator and the team's moderator, opened by the coordinator.

create function public.create_assumption(programme_id uuid, team_id uuid, kind public.assumption_kind, number integer, title text, body text)
returns public.assumptions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  created public.assumptions;
begin
  if not app.writes_assumptions_of(create_assumption.team_id) then
    raise exception 'Not permitted to write this team''s assumptions' using errcode = '42501', hint = 'assumptions.forbidden';
  end if;
  perform app.audit_as('assumption.created');
  insert into public.assumptions (programme_id, team_id, kind, number)
  values (create_assumption.programme_id, create_assumption.team_id, create_assumption.kind, create_assumption.number)
  returning * into created;
  insert into public.assumption_revisions (assumption_id, revision, title, body, created_by)
  values (created.id, 1, btrim(create_assumption.title), btrim(create_assumption.body), auth.uid());
  return created;
end
$$;

-- Saves the text. While no opinion has read the current revision it is corrected in place; once
-- one has, the edit becomes the next revision. `based_on` is the revision the editor started from:
-- another edit since then is refused, not overwritten.
create function public.edit_assumption(assumption_id uuid, based_on integer, title text, body text)
returns public.assumption_revisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.assumptions;
  current_rev public.assumption_revisions;
  saved public.assumption_revisions;
begin
  select * into target from public.assumptions a where a.id = edit_assumption.assumption_id for update;
  if not found or not app.writes_assumptions_of(target.team_id) then
    raise exception 'Not permitted to write this assumption' using errcode = '42501', hint = 'assumptions.forbidden';
  end if;
  if target.current_revision <> based_on then
    raise exception 'The assumption was changed meanwhile (revision %)', target.current_revision
      using errcode = 'PT409', hint = 'assumptions.conflict';
  end if;
  perform app.audit_as('assumption.edited');
  select * into current_rev from public.assumption_revisions r
   where r.assumption_id = target.id and r.revision = target.current_revision;
  if exists (select 1 from public.opinions o where o.revision_id = current_rev.id) then
    insert into public.assumption_revisions (assumption_id, revision, title, body, created_by)
    values (target.id, target.current_revision + 1, btrim(edit_assumption.title), btrim(edit_assumption.body), auth.uid())
    returning * into saved;
    update public.assumptions a set current_revision = saved.revision where a.id = target.id;
  else
    update public.assumption_revisions r set title = btrim(edit_assumption.title), body = btrim(edit_assumption.body), created_by = auth.uid()
     where r.id = current_rev.id returning * into saved;
  end if;
  return saved;
end
$$;

create function public.open_assumptions(assumption_ids uuid[])
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  opened integer;
begin
  perform app.require_permission('assumptions.open', 'assumptions.forbidden');
  perform app.audit_as('assumptions.opened');
  update public.assumptions a set status = 'open', opened_at = now()
   where a.id = any (assumption_ids) and a.status = 'draft';
  get diagnostics opened = row_count;
  return opened;
end
$$;

------------------------------------------------------------------------------------------------
-- Requests for opinions, each department e-mailed once with a link to its list.

create function app.queue_request_emails(round uuid, departments uuid[], deadline date, asked_again boolean) returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  recipient record;
begin
  for recipient in
    select distinct s.email, d.id as department_id
      from unnest(departments) department(id)
      join public.departments d on d.id = department.id
      cross join lateral app.department_staff(d.id) s(email)
  loop
    perform app.enqueue_email(recipient.email, 'opinions-requested', jsonb_build_object(
      'roundId', round, 'roundTitle', (select r.title from public.rounds r where r.id = round),
      'deadline', deadline, 'askedAgain', asked_again,
      'count', (select count(*) from public.opinion_requests q
                 where q.round_id = round and q.department_id = recipient.department_id and q.replaced_by is null
                   and not exists (select 1 from public.opinions o where o.request_id = q.id and o.state = 'submitted'))));
  end loop;
end
$$;
revoke all on function app.queue_request_emails(uuid, uuid[], date, boolean) from public, anon, authenticated, service_role;

create function public.request_opinions(round_id uuid, department_ids uuid[], assumption_ids uuid[], deadline date, remind_days_before integer default 3)
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.rounds;
  created integer;
begin
  perform app.require_permission('opinions.request', 'opinions.forbidden');
  perform app.audit_as('opinions.requested');
  select * into target from public.rounds r where r.id = request_opinions.round_id;
  if not found then
    raise exception 'There is no round %', round_id using errcode = 'P0002', hint = 'round.not_found';
  end if;
  if target.status not in ('planning', 'consultation') then
    raise exception 'Opinions are asked for while a round is open' using errcode = 'P0001', hint = 'opinions.round_not_open';
  end if;
  if deadline < app.warsaw_today() then
    raise exception 'The deadline has passed' using errcode = '22023', hint = 'opinions.deadline_past';
  end if;
  if cardinality(department_ids) = 0 or cardinality(assumption_ids) = 0 then
    raise exception 'Choose departments and assumptions' using errcode = '22023', hint = 'opinions.nothing_chosen';
  end if;
  if exists (select 1 from unnest(department_ids) d(id)
             where not exists (select 1 from public.round_departments rd where rd.round_id = target.id and rd.department_id = d.id)) then
    raise exception 'Every department asked must take part in the round' using errcode = '23514', hint = 'opinions.department_not_in_round';
  end if;
  if exists (select 1 from unnest(assumption_ids) x(id)
             where not exists (select 1 from public.assumptions a where a.id = x.id and a.programme_id = target.programme_id and a.status = 'open')) then
    raise exception 'Every assumption must be open for opinions and belong to the round''s programme'
      using errcode = '23514', hint = 'opinions.assumption_not_open';
  end if;

  insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline, remind_days_before, requested_by)
  select target.id, d.id, a.id, r.id, request_opinions.deadline, request_opinions.remind_days_before, auth.uid()
    from unnest(department_ids) d(id)
    join public.assumptions a on a.id = any (assumption_ids)
    join public.assumption_revisions r on r.assumption_id = a.id and r.revision = a.current_revision
  on conflict on constraint opinion_request_unique do nothing;
  get diagnostics created = row_count;
  perform app.queue_request_emails(target.id, department_ids, deadline, false);
  return created;
end
$$;

-- After a new revision, the departments that answered an earlier one are asked about the new
-- text; their earlier request points to the new one, and they see what changed.
create function public.ask_again(assumption_id uuid, department_ids uuid[], deadline date)
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  current_rev public.assumption_revisions;
  previous public.opinion_requests;
  renewed public.opinion_requests;
  asked integer := 0;
  rounds uuid[] := '{}';
begin
  perform app.require_permission('opinions.request', 'opinions.forbidden');
  perform app.audit_as('opinions.asked_again');
  if deadline < app.warsaw_today() then
    raise exception 'The deadline has passed' using errcode = '22023', hint = 'opinions.deadline_past';
  end if;
  select r.* into current_rev from public.assumption_revisions r join public.assumptions a on a.id = r.assumption_id
   where a.id = ask_again.assumption_id and r.revision = a.current_revision;
  for previous in
    select q.* from public.opinion_requests q
     where q.assumption_id = ask_again.assumption_id and q.department_id = any (department_ids)
       and q.replaced_by is null and q.revision_id <> current_rev.id
       and exists (select 1 from public.opinions o where o.request_id = q.id and o.state = 'submitted')
     for update
  loop
    insert into public.opinion_requests (round_id, department_id, assumption_id, revision_id, deadline, remind_days_before, requested_by)
    values (previous.round_id, previous.department_id, previous.assumption_id, current_rev.id, ask_again.deadline, previous.remind_days_before, auth.uid())
    returning * into renewed;
    update public.opinion_requests q set replaced_by = renewed.id where q.id = previous.id;
    asked := asked + 1;
    rounds := rounds || previous.round_id;
  end loop;
  if asked = 0 then
    raise exception 'None of these departments answered an earlier revision' using errcode = 'P0001', hint = 'opinions.nobody_to_ask_again';
  end if;
  perform app.queue_request_emails(rounds[1], department_ids, deadline, true);
  return asked;
end
$$;

------------------------------------------------------------------------------------------------
-- Opinions: drafts saved as the department types, submitted once, withdrawn until decided.

create function app.request_for_my_department(request uuid) returns public.opinion_requests
language plpgsql stable security definer set search_path = ''
as $$
declare
  found_request public.opinion_requests;
begin
  select * into found_request from public.opinion_requests q where q.id = request;
  if not found or not app.answers_for(found_request.department_id) then
    raise exception 'Not permitted to answer this request' using errcode = '42501', hint = 'opinions.forbidden';
  end if;
  return found_request;
end
$$;
revoke all on function app.request_for_my_department(uuid) from public, anon, authenticated, service_role;

-- Saves a draft. `expected_version` is the version the editor last saw (0 for a new draft); a
-- save based on an older one is refused with the conflict, and the caller shows both texts.
create function public.save_opinion_draft(request_id uuid, expected_version integer, stance public.opinion_stance,
  justification text, proposed_wording text)
returns public.opinions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  request public.opinion_requests := app.request_for_my_department(save_opinion_draft.request_id);
  saved public.opinions;
begin
  perform app.audit_as('opinion.draft_saved');
  insert into public.opinions (request_id, round_id, department_id, assumption_id, revision_id, version)
  values (request.id, request.round_id, request.department_id, request.assumption_id, request.revision_id, 0)
  on conflict on constraint opinion_per_request do nothing;
  select * into saved from public.opinions o where o.request_id = request.id for update;
  if saved.state <> 'draft' then
    raise exception 'The opinion has been submitted' using errcode = 'P0001', hint = 'opinions.already_submitted';
  end if;
  if saved.version <> expected_version then
    raise exception 'The draft was saved elsewhere meanwhile (version %)', saved.version
      using errcode = 'PT409', hint = 'opinions.conflict';
  end if;
  update public.opinions o
     set stance = save_opinion_draft.stance, justification = coalesce(save_opinion_draft.justification, ''),
         proposed_wording = coalesce(save_opinion_draft.proposed_wording, ''),
         version = o.version + 1, updated_by = auth.uid(), updated_at = now()
   where o.id = saved.id
  returning * into saved;
  return saved;
end
$$;

-- Submits the draft as saved at `expected_version`. Submitting what is already submitted is not
-- an error: a double click, a retry or a second tab gets the same one opinion back.
create function public.submit_opinion(request_id uuid, expected_version integer)
returns public.opinions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  request public.opinion_requests := app.request_for_my_department(submit_opinion.request_id);
  target public.opinions;
begin
  perform app.audit_as('opinion.submitted');
  select * into target from public.opinions o where o.request_id = request.id for update;
  if not found then
    raise exception 'There is no draft to submit' using errcode = 'P0002', hint = 'opinions.no_draft';
  end if;
  if target.state = 'submitted' then
    return target;
  end if;
  if target.version <> expected_version then
    raise exception 'The draft was saved elsewhere meanwhile (version %)', target.version
      using errcode = 'PT409', hint = 'opinions.conflict';
  end if;
  if target.stance is null then
    raise exception 'Choose a stance' using errcode = '23514', hint = 'opinions.stance_required';
  end if;
  if target.stance not in ('supports', 'no_remarks') and btrim(target.justification) = '' then
    raise exception 'Justify the stance' using errcode = '23514', hint = 'opinions.justification_required';
  end if;
  update public.opinions o
     set state = 'submitted', submitted_at = now(), submitted_by = auth.uid(),
         late = app.deadline_passed(request.deadline, now()), version = o.version + 1
   where o.id = target.id
  returning * into target;
  return target;
end
$$;

create function public.withdraw_opinion(request_id uuid)
returns public.opinions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  request public.opinion_requests := app.request_for_my_department(withdraw_opinion.request_id);
  target public.opinions;
begin
  perform app.audit_as('opinion.withdrawn');
  select * into target from public.opinions o where o.request_id = request.id for update;
  if not found or target.state <> 'submitted' then
    raise exception 'Only a submitted opinion can be withdrawn' using errcode = 'P0001', hint = 'opinions.not_submitted';
  end if;
  if target.outcome is not null then
    raise exception 'The coordinator has decided on this opinion' using errcode = 'P0001', hint = 'opinions.already_decided';
  end if;
  update public.opinions o
     set state = 'draft', submitted_at = null, submitted_by = null, late = false, withdrawn_at = now(), version = o.version + 1
   where o.id = target.id
  returning * into target;
  return target;
end
$$;

------------------------------------------------------------------------------------------------
-- Decisions: accepted, partially accepted or rejected; corrected only with a new justification.

create function public.decide_opinion(opinion_id uuid, outcome public.decision_outcome, justification text)
returns public.opinion_decisions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.opinions;
  previous public.opinion_decisions;
  decided public.opinion_decisions;
  recipient text;
begin
  perform app.require_permission('opinions.decide', 'opinions.forbidden');
  select * into target from public.opinions o where o.id = decide_opinion.opinion_id for update;
  if not found or target.state <> 'submitted' then
    raise exception 'Only a submitted opinion can be decided on' using errcode = 'P0001', hint = 'opinions.not_submitted';
  end if;
  select * into previous from public.opinion_decisions d
   where d.opinion_id = target.id and not exists (select 1 from public.opinion_decisions c where c.corrects = d.id);
  perform app.audit_as(case when previous.id is null then 'opinion.decided' else 'opinion.decision_corrected' end);
  if previous.id is not null and btrim(coalesce(justification, '')) = '' then
    raise exception 'A correction needs its justification' using errcode = '23514', hint = 'opinions.correction_justification_required';
  end if;
  if outcome <> 'accepted' and btrim(coalesce(justification, '')) = '' then
    raise exception 'Justify the decision' using errcode = '23514', hint = 'opinions.decision_justification_required';
  end if;
  insert into public.opinion_decisions (opinion_id, outcome, justification, corrects, decided_by)
  values (target.id, decide_opinion.outcome, btrim(coalesce(decide_opinion.justification, '')), previous.id, auth.uid())
  returning * into decided;
  update public.opinions o set outcome = decided.outcome, decided_at = decided.decided_at where o.id = target.id;
  for recipient in select app.department_staff(target.department_id) loop
    perform app.enqueue_email(recipient, 'opinion-decided', jsonb_build_object(
      'roundId', target.round_id, 'requestId', target.request_id, 'outcome', decided.outcome,
      'justification', decided.justification, 'corrected', previous.id is not null,
      'assumption', (select r.title from public.assumption_revisions r where r.id = target.revision_id)));
  end loop;
  return decided;
end
$$;

------------------------------------------------------------------------------------------------
-- Reminders: once, `remind_days_before` days before the deadline, to departments that have not
-- answered. Run by the scheduler's sweep (service role), any number of times a day.

create function public.send_opinion_reminders()
returns integer
language plpgsql volatile security definer set search_path = ''
as $$
declare
  due record;
  recipient text;
  departments integer := 0;
begin
  perform app.audit_as('opinions.reminded');
  for due in
    with reminded as (
      update public.opinion_requests q set reminded_at = now()
       where q.reminded_at is null and q.replaced_by is null
         and app.warsaw_today() between q.deadline - q.remind_days_before and q.deadline
         and not exists (select 1 from public.opinions o where o.request_id = q.id and o.state = 'submitted')
      returning q.round_id, q.department_id, q.deadline
    )
    select round_id, department_id, min(deadline) as deadline, count(*) as open_requests from reminded group by round_id, department_id
  loop
    for recipient in select app.department_staff(due.department_id) loop
      perform app.enqueue_email(recipient, 'opinions-reminder', jsonb_build_object(
        'roundId', due.round_id, 'roundTitle', (select r.title from public.rounds r where r.id = due.round_id),
        'deadline', due.deadline, 'count', due.open_requests));
    end loop;
    departments := departments + 1;
  end loop;
  return departments;
end
$$;

revoke all on function public.create_assumption(uuid, uuid, public.assumption_kind, integer, text, text),
  public.edit_assumption(uuid, integer, text, text), public.open_assumptions(uuid[]),
  public.request_opinions(uuid, uuid[], uuid[], date, integer), public.ask_again(uuid, uuid[], date),
  public.save_opinion_draft(uuid, integer, public.opinion_stance, text, text), public.submit_opinion(uuid, integer),
  public.withdraw_opinion(uuid), public.decide_opinion(uuid, public.decision_outcome, text), public.send_opinion_reminders()
  from public, anon;
grant execute on function public.create_assumption(uuid, uuid, public.assumption_kind, integer, text, text),
  public.edit_assumption(uuid, integer, text, text), public.open_assumptions(uuid[]),
  public.request_opinions(uuid, uuid[], uuid[], date, integer), public.ask_again(uuid, uuid[], date),
  public.save_opinion_draft(uuid, integer, public.opinion_stance, text, text), public.submit_opinion(uuid, integer),
  public.withdraw_opinion(uuid), public.decide_opinion(uuid, public.decision_outcome, text)
  to authenticated;
revoke all on function public.send_opinion_reminders() from authenticated;
grant execute on function public.send_opinion_reminders() to service_role;

------------------------------------------------------------------------------------------------
-- Row-level security: read-only to the API; the functions above write.

alter table public.assumptions enable row level security;
alter table public.assumption_revisions enable row level security;
alter table public.opinion_requests enable row level security;
alter table public.opinions enable row level security;
alter table public.opinion_decisions enable row level security;

create policy "Staff read the open assumptions of programmes they may read, writers their team's drafts too" on public.assumptions
  for select to authenticated
  using ((status = 'open' and ((select app.can('rounds.read_all')) or app.reads_programme(programme_id))) or app.writes_assumptions_of(team_id));

create policy "Whoever reads an assumption reads its revisions" on public.assumption_revisions
  for select to authenticated using (exists (select 1 from public.assumptions a where a.id = assumption_id));

create policy "Those who ask read every request, departments their own, moderators their teams'" on public.opinion_requests
  for select to authenticated
  using ((select app.can('opinions.request')) or app.answers_for(department_id) or app.moderates_assumption(assumption_id));

create policy "Departments read their own opinions, drafts too; deciders and the team's moderators submitted ones" on public.opinions
  for select to authenticated
  using (app.answers_for(department_id)
    or (state = 'submitted' and ((select app.can('opinions.decide')) or app.moderates_assumption(assumption_id))));

create policy "Whoever reads an opinion reads the decisions on it" on public.opinion_decisions
  for select to authenticated using (exists (select 1 from public.opinions o where o.id = opinion_id));

grant select on public.assumptions, public.assumption_revisions, public.opinion_requests, public.opinions, public.opinion_decisions to authenticated;
grant select, insert, update, delete on public.assumptions, public.assumption_revisions, public.opinion_requests, public.opinions, public.opinion_decisions to service_role;
revoke insert, update, delete, truncate on public.assumptions, public.assumption_revisions, public.opinion_requests, public.opinions, public.opinion_decisions from anon, authenticated;

select audit.track('public.assumptions');
select audit.track('public.assumption_revisions');
select audit.track('public.opinion_requests');
select audit.track('public.opinions');
select audit.track('public.opinion_decisions');
