-- Every text a person writes is bounded in the database as its form bounds it (lib/schemas), so
-- that a direct API call stores no more than the form would. These columns had no bound yet:
-- tests/integration/text-lengths.test.ts lists every text column and fails on one without.

-- Whether every text of an array is at most `max` characters long (a check cannot read an array's
-- elements by itself).
create function app.texts_within(texts text[], max integer) returns boolean
language sql immutable set search_path = ''
as $$
  select coalesce(bool_and(length(element) <= max), true) from unnest(texts) as element
$$;
revoke all on function app.texts_within(text[], integer) from public;
grant execute on function app.texts_within(text[], integer) to authenticated, service_role;

-- The invitation's address: 254 characters at most (RFC 5321), as a sign-up's.
alter table public.profiles add constraint profiles_email_length check (length(email) <= 254);

-- The organisations present at a meeting, each as long as the form lets a line be.
alter table public.meeting_outcomes add constraint meeting_outcomes_organisation_length check (app.texts_within(organisations, 300));

-- The reviewer's and the publisher's names, copied from their profiles (full_name, 200 at most).
alter table public.minutes_revisions add constraint minutes_revisions_reviewed_by_name_length check (length(reviewed_by_name) <= 200);
alter table public.summary_versions add constraint summary_versions_published_by_name_length check (length(published_by_name) <= 200);

-- An e-mail goes to a profile's or a sign-up's address, both 254 characters at most.
alter table public.email_outbox add constraint email_outbox_to_address_length check (length(to_address) <= 254);
