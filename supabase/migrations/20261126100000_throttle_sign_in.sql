-- Sign-in requests, counted before a link exists: at most 3 links per address and 20 requests per
-- client in 10 minutes. The app sends keyed hashes (never an address or an IP), and a row lives
-- only as long as it can count: the next request deletes what is older than the window.

create table app.sign_in_requests (
  id bigint generated always as identity primary key,
  address_hash text not null,
  client_hash text not null,
  -- Whether this request was allowed a link: only those count against the address.
  granted boolean not null,
  requested_at timestamptz not null default now()
);
create index sign_in_requests_address_idx on app.sign_in_requests (address_hash, requested_at) where granted;
create index sign_in_requests_client_idx on app.sign_in_requests (client_hash, requested_at);
create index sign_in_requests_requested_at_idx on app.sign_in_requests (requested_at);

alter table app.sign_in_requests enable row level security;
revoke all on app.sign_in_requests from public, anon, authenticated, service_role;

-- Records one request and answers whether it may have a link. Two instances asking about the same
-- address or client at once take turns (transaction-scoped advisory locks, always the address's
-- first, so no two requests wait on each other in a circle): the count and the new row are one step.
create function public.request_sign_in_link(address_hash text, client_hash text)
returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
declare
  window_start constant timestamptz := now() - interval '10 minutes';
  allowed boolean;
begin
  perform pg_advisory_xact_lock(hashtext('sign-in address'), hashtext(request_sign_in_link.address_hash));
  perform pg_advisory_xact_lock(hashtext('sign-in client'), hashtext(request_sign_in_link.client_hash));

  delete from app.sign_in_requests r where r.requested_at < window_start;

  allowed := (select count(*) from app.sign_in_requests r
               where r.address_hash = request_sign_in_link.address_hash and r.granted) < 3
         and (select count(*) from app.sign_in_requests r
               where r.client_hash = request_sign_in_link.client_hash) < 20;

  insert into app.sign_in_requests (address_hash, client_hash, granted)
  values (request_sign_in_link.address_hash, request_sign_in_link.client_hash, allowed);
  return allowed;
end
$$;

revoke all on function public.request_sign_in_link(text, text) from public, anon, authenticated;
grant execute on function public.request_sign_in_link(text, text) to service_role;
