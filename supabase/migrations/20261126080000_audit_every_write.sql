-- Every change to a domain table is audited, whether it comes through a database function or a
-- direct write through the API: one append-only table, one generic trigger (the design of
-- Supabase's supa_audit). The audit schema is not exposed to the API.

create schema if not exists audit;
revoke all on schema audit from public;

create type audit.operation as enum ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE');

create table audit.record_version (
  id bigint generated always as identity primary key,
  -- The row after the change (insert, update) and before it (update, delete). Stable across
  -- updates: the row's own uuid primary key, or a uuid derived from the table and its key.
  record_id uuid,
  old_record_id uuid,
  op audit.operation not null,
  ts timestamptz not null default now(),
  table_oid oid not null,
  table_schema name not null,
  table_name name not null,
  record jsonb,
  old_record jsonb,
  -- Who: the user behind the request's token (none for the service role or direct SQL), and
  -- the API role with the app role ("authenticated/coordinator", "service_role") or the database user.
  actor_id uuid,
  actor_role text not null,
  -- What for: the business action a database function declared ("schedule.issued"), else the
  -- API request ("PATCH /meetings"), else "sql".
  action text not null,
  details jsonb
);
create index record_version_record_id_idx on audit.record_version (record_id) where record_id is not null;
create index record_version_old_record_id_idx on audit.record_version (old_record_id) where old_record_id is not null;
create index record_version_ts_idx on audit.record_version using brin (ts);
create index record_version_table_oid_idx on audit.record_version (table_oid);
alter table audit.record_version enable row level security;

------------------------------------------------------------------------------------------------
-- Append-only, for every role: no grant to change it, and a trigger that refuses even its owner.

revoke all on audit.record_version from public, anon, authenticated, service_role;

create function audit.refuse_change() returns trigger
language plpgsql set search_path = ''
as $$
begin
  raise exception 'The audit log is append-only' using errcode = '42501', hint = 'audit.append_only';
end
$$;
create trigger record_version_append_only before update or delete on audit.record_version
  for each row execute function audit.refuse_change();
create trigger record_version_no_truncate before truncate on audit.record_version
  for each statement execute function audit.refuse_change();

------------------------------------------------------------------------------------------------
-- The trigger.

-- The primary key columns of a table, in key order.
create function audit.primary_key_columns(table_oid oid) returns text[]
language sql stable set search_path = ''
as $$
  select array_agg(a.attname::text order by k.ordinality)
  from pg_catalog.pg_index i
  cross join lateral unnest(i.indkey) with ordinality as k(attnum, ordinality)
  join pg_catalog.pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
  where i.indrelid = table_oid and i.indisprimary
$$;

create function audit.record_id(table_oid oid, key_columns text[], record jsonb) returns uuid
language sql immutable set search_path = ''
as $$
  select case
    when record is null then null
    -- A single uuid key: the row's own id, so that "every change of round X" is `record_id = X`.
    when cardinality(key_columns) = 1 and (record ->> key_columns[1]) ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
      then (record ->> key_columns[1])::uuid
    else md5(table_oid::text || ':' || (select jsonb_agg(record -> c) from unnest(key_columns) c)::text)::uuid
  end
$$;

-- The trigger's arguments name columns whose values never reach the log (tokens, magic links).
create function audit.redact(record jsonb, columns text[]) returns jsonb
language sql immutable set search_path = ''
as $$
  select case when record is null then null
    else record || coalesce((select jsonb_object_agg(c, '"[redacted]"'::jsonb) from unnest(columns) c where record ? c), '{}')
  end
$$;

-- Who and what for, as the request tells: see the columns of audit.record_version.
create function audit.actor_role() returns text
language sql stable set search_path = ''
as $$
  select coalesce(nullif(concat_ws('/', auth.jwt() ->> 'role', auth.jwt() ->> 'app_role'), ''), session_user::text)
$$;

create function audit.current_action() returns text
language sql stable set search_path = ''
as $$
  select coalesce(
    nullif(current_setting('audit.action', true), ''),
    nullif(concat_ws(' ', nullif(current_setting('request.method', true), ''), nullif(current_setting('request.path', true), '')), ''),
    'sql')
$$;

create function audit.record_change() returns trigger
language plpgsql security definer set search_path = ''
as $$
declare
  key_columns text[] := audit.primary_key_columns(tg_relid);
  new_row jsonb := case when tg_op in ('INSERT', 'UPDATE') then to_jsonb(new) end;
  old_row jsonb := case when tg_op in ('UPDATE', 'DELETE') then to_jsonb(old) end;
begin
  insert into audit.record_version (
    record_id, old_record_id, op, table_oid, table_schema, table_name, record, old_record,
    actor_id, actor_role, action, details
  ) values (
    audit.record_id(tg_relid, key_columns, new_row),
    audit.record_id(tg_relid, key_columns, old_row),
    tg_op::audit.operation, tg_relid, tg_table_schema, tg_table_name,
    audit.redact(new_row, tg_argv), audit.redact(old_row, tg_argv),
    auth.uid(), audit.actor_role(), audit.current_action(),
    nullif(current_setting('audit.details', true), '')::jsonb
  );
  return null;
end
$$;

create function audit.record_truncate() returns trigger
language plpgsql security definer set search_path = ''
as $$
begin
  insert into audit.record_version (op, table_oid, table_schema, table_name, actor_id, actor_role, action)
  values ('TRUNCATE', tg_relid, tg_table_schema, tg_table_name, auth.uid(), audit.actor_role(), audit.current_action());
  return null;
end
$$;

-- Starts auditing a table. `redacted` names columns whose values are replaced in the log.
-- Refuses a table without a primary key: its rows could not be told apart.
create function audit.track(target regclass, redacted text[] default '{}') returns void
language plpgsql volatile set search_path = ''
as $$
declare
  arguments text := (select string_agg(quote_literal(c), ', ') from unnest(redacted) c);
begin
  if audit.primary_key_columns(target) is null then
    raise exception 'Table % has no primary key and cannot be audited', target;
  end if;
  execute format('drop trigger if exists audit_row on %s', target);
  execute format('drop trigger if exists audit_truncate on %s', target);
  execute format('create trigger audit_row after insert or update or delete on %s for each row execute function audit.record_change(%s)',
    target, coalesce(arguments, ''));
  execute format('create trigger audit_truncate after truncate on %s for each statement execute function audit.record_truncate()', target);
end
$$;

-- Database functions name the business action their writes belong to, for the rest of the
-- transaction: rows written afterwards carry it (and `details`, when given) in the log.
create function app.audit_as(action text, details jsonb default null) returns void
language sql volatile set search_path = ''
as $$
  select set_config('audit.action', action, true), set_config('audit.details', coalesce(details::text, ''), true);
$$;

revoke all on all functions in schema audit from public, anon, authenticated, service_role;
revoke all on function app.audit_as(text, jsonb) from public, anon, authenticated, service_role;

------------------------------------------------------------------------------------------------
-- Every table the API exposes. A test fails when a table in an exposed schema is not tracked.

select audit.track('public.departments');
select audit.track('public.profiles');
select audit.track('public.programmes');
select audit.track('public.rounds');
select audit.track('public.email_outbox', array['payload']);
select audit.track('public.sector_teams');
select audit.track('public.team_moderators');
select audit.track('public.venues');
select audit.track('public.venue_rooms');
select audit.track('public.round_departments');
select audit.track('public.meetings');
select audit.track('public.schedule_versions');
select audit.track('next_auth.users');
select audit.track('next_auth.sessions', array['sessionToken']);
select audit.track('next_auth.accounts', array['refresh_token', 'access_token', 'id_token', 'oauth_token_secret', 'oauth_token']);
select audit.track('next_auth.verification_tokens', array['token']);
