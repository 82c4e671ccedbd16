-- What a hosted Supabase project already provides, recreated for the local stack only.
-- Never part of supabase/migrations: `supabase db push` must apply our migrations unchanged
-- on a project where all of this exists. Idempotent: it runs at every start.

-- The API roles come first, from roles.sql (lib/local-stack/prepare.ts), which a restore also runs.

create schema if not exists extensions;
grant usage on schema extensions to anon, authenticated, service_role;

create schema if not exists auth;
grant usage on schema auth to anon, authenticated, service_role;

-- The three helpers exactly as Supabase defines them: they read the claims PostgREST puts in
-- request.jwt.claims (and the legacy request.jwt.claim.* settings).
create or replace function auth.uid() returns uuid
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.sub', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
  )::uuid
$$;

create or replace function auth.role() returns text
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim.role', true), ''),
    (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
  )::text
$$;

create or replace function auth.jwt() returns jsonb
language sql stable
as $$
  select coalesce(
    nullif(current_setting('request.jwt.claim', true), ''),
    nullif(current_setting('request.jwt.claims', true), '')
  )::jsonb
$$;

-- The API roles may use the public schema, but, as in a Supabase project created since
-- 2026-05-30, nothing in it is granted to them by default: each migration grants its tables. The
-- revokes also take the old defaults off a local database made before.
grant usage on schema public to anon, authenticated, service_role;
alter default privileges in schema public revoke all on tables from anon, authenticated, service_role;
alter default privileges in schema public revoke all on sequences from anon, authenticated, service_role;
alter default privileges in schema public revoke all on functions from anon, authenticated, service_role;

-- Where the Supabase CLI records applied migrations.
create schema if not exists supabase_migrations;
create table if not exists supabase_migrations.schema_migrations (
  version text primary key,
  statements text[],
  name text
);
