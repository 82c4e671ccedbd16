-- Server-side sessions. The session cookie carries a session's id beside the profile's, and a
-- request's user counts only while that session stands: not revoked (signing out, deactivation),
-- at most 12 hours old (the absolute lifetime) and seen within the last 30 minutes (the idle
-- timeout). A cookie replayed after either is refused, however long it would still be valid.
-- The app's server reaches these rows through the functions below only, as the service role; a
-- user reads their own sessions and nobody else's, and writes none.

create table public.user_sessions (
  id uuid primary key default gen_random_uuid(),
  profile_id uuid not null references public.profiles (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  revoked_at timestamptz,
  revoked_reason text check (revoked_reason in ('signed_out', 'deactivated')),
  constraint user_sessions_revoked_with_reason check ((revoked_at is null) = (revoked_reason is null))
);
comment on table public.user_sessions is 'One row per sign-in: valid while not revoked, younger than 12 hours and seen within 30 minutes.';
create index user_sessions_open_idx on public.user_sessions (profile_id) where revoked_at is null;

alter table public.user_sessions enable row level security;
revoke all on public.user_sessions from public, anon, authenticated, service_role;
grant select on public.user_sessions to authenticated, service_role;
create policy "Users read their own sessions" on public.user_sessions for select to authenticated
  using (profile_id = (select auth.uid()));
create policy "The service role reads sessions" on public.user_sessions for select to service_role using (true);

-- Audited like every table: sign-ins, revocations and any other change. Only the bookkeeping
-- touch of last_seen_at (at most once a minute per session, see session_profile) is left out,
-- which would otherwise add a row to the append-only log for every minute anyone works.
select audit.track('public.user_sessions');
drop trigger audit_row on public.user_sessions;
create trigger audit_row after insert or delete on public.user_sessions
  for each row execute function audit.record_change();
create trigger audit_row_update after update on public.user_sessions
  for each row when ((to_jsonb(old) - 'last_seen_at') is distinct from (to_jsonb(new) - 'last_seen_at'))
  execute function audit.record_change();

-- A sign-in (magic link or demo account) of an active profile: the new session's id.
create function public.start_session(profile_id uuid)
returns uuid
language plpgsql volatile security definer set search_path = ''
as $$
declare
  started uuid;
begin
  perform app.audit_as('session.started');
  if not exists (select 1 from public.profiles p where p.id = start_session.profile_id and p.active) then
    raise exception 'There is no active user %', profile_id using errcode = 'P0002', hint = 'sessions.no_active_user';
  end if;
  insert into public.user_sessions (profile_id) values (start_session.profile_id) returning id into started;
  return started;
end
$$;

-- Every signed-in request, in one round trip: the session's profile if the session stands and the
-- profile is active (and then the session is seen now, written at most once a minute), else no row.
create function public.session_profile(session_id uuid)
returns setof public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  lifetime constant interval := interval '12 hours';
  idle_timeout constant interval := interval '30 minutes';
  touch_every constant interval := interval '1 minute';
  seen timestamptz;
begin
  select s.last_seen_at into seen
    from public.user_sessions s join public.profiles p on p.id = s.profile_id
   where s.id = session_profile.session_id and s.revoked_at is null and p.active
     and s.created_at > now() - lifetime and s.last_seen_at > now() - idle_timeout;
  if not found then
    return;
  end if;
  if seen <= now() - touch_every then
    update public.user_sessions s set last_seen_at = now() where s.id = session_profile.session_id;
  end if;
  return query select p.* from public.profiles p join public.user_sessions s on s.profile_id = p.id where s.id = session_profile.session_id;
end
$$;

-- Signing out: the session is revoked for good (a second sign-out changes nothing).
create function public.end_session(session_id uuid)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform app.audit_as('session.ended');
  update public.user_sessions s set revoked_at = now(), revoked_reason = 'signed_out'
   where s.id = end_session.session_id and s.revoked_at is null;
end
$$;

revoke all on function public.start_session(uuid), public.session_profile(uuid), public.end_session(uuid) from public, anon, authenticated;
grant execute on function public.start_session(uuid), public.session_profile(uuid), public.end_session(uuid) to service_role;

-- Deactivating a user also revokes all their sessions, in the same transaction.
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
  if not set_user_active.active then
    update public.user_sessions s set revoked_at = now(), revoked_reason = 'deactivated'
     where s.profile_id = set_user_active.user_id and s.revoked_at is null;
  end if;
  return after;
end
$$;
