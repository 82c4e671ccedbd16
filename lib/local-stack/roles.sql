-- The roles a hosted Supabase project has, recreated for the local stack only: the API roles and
-- the one PostgREST logs in as. Run before bootstrap.sql at every start, and before a restore
-- (lib/local-stack/backup.ts), since a dump of one database never holds the server's roles.
-- Idempotent.

do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'anon') then
    create role anon nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticated') then
    create role authenticated nologin noinherit;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'service_role') then
    create role service_role nologin noinherit bypassrls;
  end if;
  if not exists (select 1 from pg_roles where rolname = 'authenticator') then
    create role authenticator login noinherit;
  end if;
end
$$;

-- PostgREST logs in as authenticator on a real PostgreSQL (lib/local-stack/stack.ts) and can
-- become only the API roles.
alter role authenticator with login noinherit nosuperuser nocreaterole nocreatedb nobypassrls;
grant anon, authenticated, service_role to authenticator;

-- As on a hosted project: a statement of the API roles that runs longer is cancelled (PostgREST
-- applies these settings when it takes the role). The app gives up on a request a little later
-- (API_TIMEOUT_MS, lib/supabase/create.ts), so a write it gave up on was not committed.
alter role anon set statement_timeout = '3s';
alter role authenticated set statement_timeout = '8s';
