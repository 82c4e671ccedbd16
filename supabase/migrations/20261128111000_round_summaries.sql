-- The round summary: the coordinator's edits of the generated draft, waivers of minutes that will
-- not be approved, and the published versions, frozen, each with the PDF made from it. Publishing
-- is one function that checks the round, freezes the text, moves the round and queues the e-mails.

insert into app.round_status_transitions (from_status, to_status) values
  ('consultation', 'published'),
  ('summarising', 'published'),
  ('published', 'closed');

-- Only publishing the summary publishes a round.
create or replace function public.change_round_status(round_id uuid, new_status public.round_status, note text default null)
returns public.rounds
language plpgsql security definer set search_path = ''
as $$
begin
  perform app.require_permission('rounds.manage', 'round.status.forbidden');
  if new_status = 'published' then
    raise exception 'A round is published by publishing its summary' using errcode = 'P0001', hint = 'round.status.publish_summary';
  end if;
  return app.move_round(round_id, new_status, note);
end
$$;

------------------------------------------------------------------------------------------------
-- The draft: the generated summary is rebuilt from the data each time; what is stored is the
-- coordinator's edits, per section, each with the fingerprint of the generated text it replaced,
-- so that a later rebuild can show where the data changed since.

create table public.summary_drafts (
  round_id uuid primary key references public.rounds (id) on delete restrict,
  -- { "<section id>": { "text": "…", "basedOn": "<fingerprint>" } }
  edits jsonb not null default '{}' check (jsonb_typeof(edits) = 'object' and octet_length(edits::text) <= 500000),
  version integer not null default 0,
  updated_by uuid references public.profiles (id) on delete set null,
  updated_at timestamptz not null default now()
);

create function public.save_summary_draft(round_id uuid, expected_version integer, edits jsonb)
returns public.summary_drafts
language plpgsql volatile security definer set search_path = ''
as $$
declare
  saved public.summary_drafts;
begin
  perform app.require_permission('summary.edit', 'summary.forbidden');
  if not exists (select 1 from public.rounds r where r.id = save_summary_draft.round_id) then
    raise exception 'There is no round %', round_id using errcode = 'P0002', hint = 'round.not_found';
  end if;
  if exists (select 1 from jsonb_object_keys(edits) k
              where k not in ('introduction', 'decisions', 'schedule', 'outcomes', 'opinions', 'follow_ups', 'next_step')) then
    raise exception 'Unknown section' using errcode = '22023', hint = 'summary.unknown_section';
  end if;
  perform app.audit_as('summary.draft_saved');
  insert into public.summary_drafts (round_id) values (save_summary_draft.round_id) on conflict do nothing;
  select * into saved from public.summary_drafts d where d.round_id = save_summary_draft.round_id for update;
  if saved.version <> expected_version then
    raise exception 'The draft was saved elsewhere meanwhile (version %)', saved.version using errcode = 'PT409', hint = 'summary.conflict';
  end if;
  update public.summary_drafts d
     set edits = save_summary_draft.edits, version = d.version + 1, updated_by = auth.uid(), updated_at = now()
   where d.round_id = saved.round_id
  returning * into saved;
  return saved;
end
$$;

------------------------------------------------------------------------------------------------
-- Waivers: a held meeting whose minutes will not be approved, and why; the summary states it.

create table public.minutes_waivers (
  meeting_id uuid primary key references public.meeting_outcomes (meeting_id) on delete restrict,
  round_id uuid not null references public.rounds (id) on delete restrict,
  reason text not null check (length(btrim(reason)) between 1 and 1000),
  created_by uuid references public.profiles (id) on delete set null,
  created_at timestamptz not null default now()
);

-- Records the waiver (with an empty reason: withdraws it).
create function public.waive_minutes(meeting_id uuid, reason text)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
declare
  outcome public.meeting_outcomes;
begin
  perform app.require_permission('summary.edit', 'summary.forbidden');
  select * into outcome from public.meeting_outcomes o where o.meeting_id = waive_minutes.meeting_id;
  if not found or not outcome.held then
    raise exception 'Only a held meeting has minutes to waive' using errcode = 'P0001', hint = 'summary.waiver_not_held';
  end if;
  perform app.audit_as(case when btrim(coalesce(reason, '')) = '' then 'minutes.waiver_withdrawn' else 'minutes.waived' end);
  delete from public.minutes_waivers w where w.meeting_id = outcome.meeting_id;
  if btrim(coalesce(reason, '')) <> '' then
    insert into public.minutes_waivers (meeting_id, round_id, reason, created_by)
    values (outcome.meeting_id, outcome.round_id, btrim(reason), auth.uid());
  end if;
end
$$;

------------------------------------------------------------------------------------------------
-- Published versions: frozen for everyone, the service role and the owner included.

create table public.summary_versions (
  id uuid primary key default gen_random_uuid(),
  round_id uuid not null references public.rounds (id) on delete restrict,
  number integer not null check (number >= 1),
  -- The document as lib/summary/types.ts describes it.
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  -- What a correction changed (empty for the first version).
  change_note text not null default '' check (length(change_note) <= 2000),
  pdf bytea not null check (octet_length(pdf) between 1 and 20000000),
  published_by uuid references public.profiles (id) on delete set null,
  published_by_name text not null,
  published_at timestamptz not null default now(),
  constraint summary_version_unique unique (round_id, number),
  constraint summary_correction_says_why check (number = 1 or length(btrim(change_note)) > 0)
);
create index summary_versions_published_idx on public.summary_versions (published_at desc);

create function app.refuse_published_change() returns trigger
language plpgsql set search_path = ''
as $$
begin
  raise exception 'A published summary is never changed: publish a correction' using errcode = '42501', hint = 'summary.immutable';
end
$$;
create trigger summary_versions_immutable before update or delete on public.summary_versions
  for each row execute function app.refuse_published_change();
create trigger summary_versions_no_truncate before truncate on public.summary_versions
  for each statement execute function app.refuse_published_change();

-- Who is e-mailed when the summary is published: the staff of the round's departments, the
-- moderators of its teams and those whose sign-up for one of its meetings was confirmed.
create function app.summary_recipients(round uuid) returns setof text
language sql stable security definer set search_path = ''
as $$
  select s.email from public.round_departments rd cross join lateral app.department_staff(rd.department_id) s(email) where rd.round_id = round
  union
  select p.email from public.meetings m join public.team_moderators tm on tm.team_id = m.team_id and tm.ends_on is null
    join public.profiles p on p.id = tm.profile_id and p.active
   where m.round_id = round
  union
  select s.email from public.meeting_signups s join public.meetings m on m.id = s.meeting_id
   where m.round_id = round and s.confirmed_at is not null
$$;
revoke all on function app.summary_recipients(uuid) from public, anon, authenticated, service_role;

-- How many people publishing would e-mail, for the confirmation question.
create function public.summary_recipient_count(round_id uuid) returns integer
language plpgsql stable security definer set search_path = ''
as $$
begin
  perform app.require_permission('summary.publish', 'summary.forbidden');
  return (select count(*) from app.summary_recipients(summary_recipient_count.round_id));
end
$$;

-- The size of a version's PDF, for the link that offers it ("PDF, 84 kB") without sending the
-- PDF: a computed column that PostgREST selects as `pdf_size`.
create function public.pdf_size(version public.summary_versions) returns integer
language sql immutable set search_path = ''
as $$
  select octet_length(version.pdf)
$$;

-- Publishes the summary, or a correction of it. `content` is the document the coordinator previewed
-- (built from the data and the draft at `expected_draft_version`), `pdf` its PDF (base64).
create function public.publish_summary(round_id uuid, expected_draft_version integer, content jsonb, pdf text, change_note text)
returns public.summary_versions
language plpgsql volatile security definer set search_path = ''
as $$
declare
  target public.rounds;
  previous public.summary_versions;
  missing integer;
  published public.summary_versions;
  recipient text;
begin
  perform app.require_permission('summary.publish', 'summary.forbidden');
  select * into target from public.rounds r where r.id = publish_summary.round_id for update;
  if not found then
    raise exception 'There is no round %', round_id using errcode = 'P0002', hint = 'round.not_found';
  end if;
  if target.status not in ('consultation', 'summarising', 'published') then
    raise exception 'A round in % cannot be published', target.status using errcode = 'P0001', hint = 'summary.round_not_ready';
  end if;
  if coalesce((select d.version from public.summary_drafts d where d.round_id = target.id), 0) <> expected_draft_version then
    raise exception 'The draft changed since the preview' using errcode = 'PT409', hint = 'summary.conflict';
  end if;
  select count(*) into missing from public.meetings m
   where m.round_id = target.id and not m.cancelled
     and not exists (select 1 from public.meeting_outcomes o where o.meeting_id = m.id);
  if missing > 0 then
    raise exception '% meetings have no outcome', missing using errcode = 'P0001', hint = 'summary.outcomes_missing';
  end if;
  select count(*) into missing from public.meeting_outcomes o join public.meetings m on m.id = o.meeting_id
   where o.round_id = target.id and o.held and not m.cancelled
     and not exists (select 1 from public.minutes_revisions r where r.meeting_id = o.meeting_id and r.state = 'approved')
     and not exists (select 1 from public.minutes_waivers w where w.meeting_id = o.meeting_id);
  if missing > 0 then
    raise exception '% held meetings have neither approved minutes nor a waiver', missing using errcode = 'P0001', hint = 'summary.minutes_missing';
  end if;
  select * into previous from public.summary_versions v where v.round_id = target.id order by v.number desc limit 1;
  if previous.id is not null and btrim(coalesce(change_note, '')) = '' then
    raise exception 'Say what the correction changes' using errcode = '23514', hint = 'summary.change_note_required';
  end if;

  perform app.audit_as(case when previous.id is null then 'summary.published' else 'summary.corrected' end);
  insert into public.summary_versions (round_id, number, content, change_note, pdf, published_by, published_by_name)
  values (target.id, coalesce(previous.number, 0) + 1, content, btrim(coalesce(change_note, '')), decode(pdf, 'base64'), auth.uid(),
          (select p.full_name from public.profiles p where p.id = auth.uid()))
  returning * into published;
  update public.rounds r set published_at = coalesce(r.published_at, published.published_at) where r.id = target.id;
  if target.status <> 'published' then
    perform app.move_round(target.id, 'published', 'summary published');
  end if;

  for recipient in select app.summary_recipients(target.id)
  loop
    perform app.enqueue_email(recipient, 'summary-published', jsonb_build_object(
      'roundId', target.id, 'roundTitle', target.title, 'version', published.number, 'corrected', previous.id is not null,
      'changeNote', published.change_note));
  end loop;
  return published;
end
$$;

revoke all on function public.save_summary_draft(uuid, integer, jsonb), public.waive_minutes(uuid, text),
  public.publish_summary(uuid, integer, jsonb, text, text), public.summary_recipient_count(uuid) from public, anon;
grant execute on function public.save_summary_draft(uuid, integer, jsonb), public.waive_minutes(uuid, text),
  public.publish_summary(uuid, integer, jsonb, text, text), public.summary_recipient_count(uuid) to authenticated;
grant execute on function public.pdf_size(public.summary_versions) to anon, authenticated, service_role;
revoke all on function app.refuse_published_change() from public, anon, authenticated, service_role;

alter table public.summary_drafts enable row level security;
alter table public.minutes_waivers enable row level security;
alter table public.summary_versions enable row level security;

create policy "Those who edit the summary read its draft" on public.summary_drafts
  for select to authenticated using ((select app.can('summary.edit')));
create policy "Staff of the round read its waivers; anyone those of a public round" on public.minutes_waivers
  for select to anon, authenticated using (app.round_is_public(round_id) or app.participates(round_id));
create policy "Anyone reads the published summaries of public rounds, staff those of their rounds" on public.summary_versions
  for select to anon, authenticated using (app.round_is_public(round_id) or app.participates(round_id));

grant select on public.summary_drafts to authenticated;
grant select on public.minutes_waivers, public.summary_versions to anon, authenticated;
grant select, insert, update, delete on public.summary_drafts, public.minutes_waivers to service_role;
grant select, insert on public.summary_versions to service_role;

select audit.track('public.summary_drafts');
select audit.track('public.minutes_waivers');
select audit.track('public.summary_versions', array['pdf']);
