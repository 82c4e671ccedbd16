-- Login (next-auth's tables, for its Supabase adapter), user management by coordinators, and the
-- functions the outbox dispatcher uses to claim and settle e-mails.

------------------------------------------------------------------------------------------------
-- next-auth's schema, as the Auth.js Supabase adapter documents it (gen_random_uuid instead of
-- uuid-ossp). Exposed to PostgREST for the service role only: anon and authenticated get no grant.

create schema if not exists next_auth;
grant usage on schema next_auth to service_role;

create table next_auth.users (
  id uuid primary key default gen_random_uuid(),
  name text,
  email text unique,
  "emailVerified" timestamptz,
  image text
);

create table next_auth.sessions (
  id uuid primary key default gen_random_uuid(),
  expires timestamptz not null,
  "sessionToken" text not null unique,
  "userId" uuid references next_auth.users (id) on delete cascade
);

create table next_auth.accounts (
  id uuid primary key default gen_random_uuid(),
  type text not null,
  provider text not null,
  "providerAccountId" text not null,
  refresh_token text,
  access_token text,
  expires_at bigint,
  token_type text,
  scope text,
  id_token text,
  session_state text,
  oauth_token_secret text,
  oauth_token text,
  "userId" uuid references next_auth.users (id) on delete cascade,
  constraint provider_unique unique (provider, "providerAccountId")
);

create table next_auth.verification_tokens (
  identifier text,
  token text primary key,
  expires timestamptz not null,
  constraint token_identifier_unique unique (token, identifier)
);

alter table next_auth.users enable row level security;
alter table next_auth.sessions enable row level security;
alter table next_auth.accounts enable row level security;
alter table next_auth.verification_tokens enable row level security;

revoke all on all tables in schema next_auth from public, anon, authenticated;
grant all on all tables in schema next_auth to service_role;

------------------------------------------------------------------------------------------------
-- E-mails are queued by the functions that make the change, in the same transaction.

alter table public.email_outbox add column lease_id uuid;

create function app.enqueue_email(to_address text, template text, payload jsonb)
returns uuid
language sql volatile security definer set search_path = ''
as $$
  insert into public.email_outbox (to_address, template, payload)
  values (lower(btrim(to_address)), template, payload)
  returning id
$$;

-- Claims up to `batch` due e-mails for one dispatcher: rows another instance holds under a live
-- lease are skipped, and a lease that expired (its instance died) makes the row due again.
create function public.claim_outbox(batch integer, lease_seconds integer)
returns setof public.email_outbox
language sql volatile security definer set search_path = ''
as $$
  with due as (
    select o.id from public.email_outbox o
    where o.status = 'pending'
      and o.next_attempt_at <= now()
      and (o.locked_until is null or o.locked_until < now())
    order by o.created_at
    limit batch
    for update skip locked
  )
  update public.email_outbox o
     set locked_until = now() + make_interval(secs => lease_seconds),
         lease_id = gen_random_uuid(),
         attempts = o.attempts + 1
    from due
   where o.id = due.id
  returning o.*
$$;

-- Settles a claimed e-mail, only while the caller's lease is the row's lease. A failure is
-- retried with exponential back-off (30 s, 1 min, 2 min, … at most 1 h) until `max_attempts`.
create function public.settle_outbox(
  message_id uuid,
  lease uuid,
  provider_message_id text default null,
  error text default null,
  max_attempts integer default 8
)
returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if error is null then
    update public.email_outbox o
       set status = 'sent', sent_at = now(), locked_until = null, lease_id = null,
           provider_message_id = settle_outbox.provider_message_id, last_error = null
     where o.id = message_id and o.lease_id = lease and o.status = 'pending';
  else
    update public.email_outbox o
       set status = case when o.attempts >= max_attempts then 'failed'::public.outbox_status else 'pending' end,
           next_attempt_at = now() + least(interval '1 hour', interval '30 seconds' * power(2, o.attempts - 1)),
           locked_until = null, lease_id = null, last_error = left(settle_outbox.error, 2000)
     where o.id = message_id and o.lease_id = lease and o.status = 'pending';
  end if;
  return found;
end
$$;

revoke all on function public.claim_outbox(integer, integer) from public, anon, authenticated;
revoke all on function public.settle_outbox(uuid, uuid, text, text, integer) from public, anon, authenticated;
grant execute on function public.claim_outbox(integer, integer) to service_role;
grant execute on function public.settle_outbox(uuid, uuid, text, text, integer) to service_role;

------------------------------------------------------------------------------------------------
-- Managing users: coordinators only, never on themselves, always audited.

-- Refuses everyone but an active coordinator, with the UI's message key for the case.
create function app.require_coordinator_for(hint text) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if not app.has_role('coordinator') then
    raise exception 'Only a coordinator can do this' using errcode = '42501', hint = require_coordinator_for.hint;
  end if;
end
$$;

create function app.refuse_self(target uuid) returns void
language plpgsql stable security definer set search_path = ''
as $$
begin
  if target = auth.uid() then
    raise exception 'Users cannot change their own role or access' using errcode = '42501', hint = 'users.self';
  end if;
end
$$;

-- Invites a user: creates the profile and queues the invitation e-mail in one transaction.
create function public.invite_user(email text, full_name text, role public.app_role, department_id uuid default null)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  invited public.profiles;
begin
  perform app.require_coordinator_for('users.forbidden');
  if role = 'department' and department_id is null then
    raise exception 'Department staff need a department' using errcode = '23514', hint = 'users.department_required';
  end if;
  if exists (select 1 from public.profiles p where p.email = lower(btrim(invite_user.email))) then
    raise exception 'A user with this e-mail address already exists' using errcode = '23505', hint = 'users.email_taken';
  end if;

  insert into public.profiles (email, full_name, role, department_id)
  values (lower(btrim(invite_user.email)), btrim(invite_user.full_name), invite_user.role, invite_user.department_id)
  returning * into invited;

  perform app.audit('user.invited', 'profile', invited.id,
    jsonb_build_object('email', invited.email, 'role', invited.role, 'department_id', invited.department_id));
  perform app.enqueue_email(invited.email, 'invitation',
    jsonb_build_object('fullName', invited.full_name, 'role', invited.role,
      'invitedBy', (select p.full_name from public.profiles p where p.id = auth.uid())));
  return invited;
end
$$;

create function public.change_user_role(user_id uuid, new_role public.app_role, new_department_id uuid default null)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  before public.profiles;
  after public.profiles;
begin
  perform app.require_coordinator_for('users.forbidden');
  perform app.refuse_self(user_id);
  if new_role = 'department' and new_department_id is null then
    raise exception 'Department staff need a department' using errcode = '23514', hint = 'users.department_required';
  end if;
  select * into before from public.profiles p where p.id = user_id for update;
  if not found then
    raise exception 'There is no user %', user_id using errcode = 'P0002', hint = 'users.not_found';
  end if;

  update public.profiles p set role = new_role, department_id = new_department_id
   where p.id = user_id returning * into after;
  perform app.audit('user.role_changed', 'profile', user_id, jsonb_build_object(
    'from', jsonb_build_object('role', before.role, 'department_id', before.department_id),
    'to', jsonb_build_object('role', after.role, 'department_id', after.department_id)));
  return after;
end
$$;

create function public.set_user_active(user_id uuid, active boolean)
returns public.profiles
language plpgsql volatile security definer set search_path = ''
as $$
declare
  after public.profiles;
begin
  perform app.require_coordinator_for('users.forbidden');
  perform app.refuse_self(user_id);
  update public.profiles p set active = set_user_active.active where p.id = user_id returning * into after;
  if not found then
    raise exception 'There is no user %', user_id using errcode = 'P0002', hint = 'users.not_found';
  end if;
  perform app.audit(case when active then 'user.reactivated' else 'user.deactivated' end, 'profile', user_id, '{}');
  return after;
end
$$;

revoke all on function public.invite_user(text, text, public.app_role, uuid) from public, anon;
revoke all on function public.change_user_role(uuid, public.app_role, uuid) from public, anon;
revoke all on function public.set_user_active(uuid, boolean) from public, anon;
grant execute on function public.invite_user(text, text, public.app_role, uuid) to authenticated;
grant execute on function public.change_user_role(uuid, public.app_role, uuid) to authenticated;
grant execute on function public.set_user_active(uuid, boolean) to authenticated;
revoke all on function app.enqueue_email(text, text, jsonb), app.require_coordinator_for(text), app.refuse_self(uuid)
  from public, anon, authenticated;

-- Profiles change only through the functions above, or a user's own name: a direct insert or a
-- role change through the table would skip the audit row and the invitation.
drop policy "Coordinators can add users" on public.profiles;
drop policy "Coordinators can change other users" on public.profiles;
revoke insert on public.profiles from authenticated;
revoke update on public.profiles from authenticated;
grant update (full_name) on public.profiles to authenticated;
