-- E-mails that Resend keeps refusing: retried with jittered back-off, a 429's Retry-After
-- honoured, and once the attempts are spent, shown to coordinators, who may send one again.

insert into app.role_permissions (role, permission) values ('coordinator', 'outbox.manage');

-- When the last attempt was made, for the list of failed e-mails.
alter table public.email_outbox add column last_attempt_at timestamptz;

-- Settles a claimed e-mail, only while the caller's lease is the row's lease. A failure is
-- retried with exponential back-off (30 s, 1 min, 2 min, … at most 1 h), each wait cut by up to
-- half at random so that e-mails that failed together (Resend down) do not all come back at once;
-- never sooner than Resend's Retry-After (at most a day). After `max_attempts` the e-mail is failed.
drop function public.settle_outbox(uuid, uuid, text, text, integer);
create function public.settle_outbox(
  message_id uuid,
  lease uuid,
  provider_message_id text default null,
  error text default null,
  retry_after_seconds integer default null,
  max_attempts integer default 8
)
returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  if error is null then
    update public.email_outbox o
       set status = 'sent', sent_at = now(), last_attempt_at = now(), locked_until = null, lease_id = null,
           provider_message_id = settle_outbox.provider_message_id, last_error = null
     where o.id = message_id and o.lease_id = lease and o.status = 'pending';
  else
    update public.email_outbox o
       set status = case when o.attempts >= max_attempts then 'failed'::public.outbox_status else 'pending' end,
           next_attempt_at = now() + greatest(
             least(interval '1 hour', interval '30 seconds' * power(2, o.attempts - 1)) * (0.5 + random() / 2),
             make_interval(secs => least(coalesce(retry_after_seconds, 0), 86400))
           ),
           last_attempt_at = now(), locked_until = null, lease_id = null, last_error = left(settle_outbox.error, 2000)
     where o.id = message_id and o.lease_id = lease and o.status = 'pending';
  end if;
  return found;
end
$$;
revoke all on function public.settle_outbox(uuid, uuid, text, text, integer, integer) from public, anon, authenticated;
grant execute on function public.settle_outbox(uuid, uuid, text, text, integer, integer) to service_role;

-- Gives back a claimed e-mail that was not tried after all (the dispatcher stopped: Resend is
-- down or limiting the rate): due as before, the attempt its claim counted not spent.
create function public.release_outbox(message_id uuid, lease uuid)
returns boolean
language plpgsql volatile security definer set search_path = ''
as $$
begin
  update public.email_outbox o
     set attempts = o.attempts - 1, locked_until = null, lease_id = null
   where o.id = message_id and o.lease_id = lease and o.status = 'pending';
  return found;
end
$$;
revoke all on function public.release_outbox(uuid, uuid) from public, anon, authenticated;
grant execute on function public.release_outbox(uuid, uuid) to service_role;

-- Coordinators read the failed e-mails, never what they carry (the payload) nor the dispatcher's
-- bookkeeping. Sign-in links are not among them: they are dead ten minutes after they are asked
-- for, and the person asks for a new one.
create policy email_outbox_failed_read on public.email_outbox for select to authenticated
  using (status = 'failed' and template <> 'magic-link' and app.can('outbox.manage'));
grant select (id, to_address, template, status, attempts, last_error, created_at, last_attempt_at)
  on public.email_outbox to authenticated;

-- Sends a failed e-mail again: due now, with a new set of attempts. It keeps its idempotency key
-- (the row's id), so if an earlier attempt did reach Resend after all (its answer timed out),
-- Resend, which keeps keys for 24 hours, does not deliver it twice.
create function public.retry_email(message_id uuid)
returns void
language plpgsql volatile security definer set search_path = ''
as $$
begin
  perform app.require_permission('outbox.manage', 'outbox.forbidden');
  perform app.audit_as('outbox.retried');
  update public.email_outbox o
     set status = 'pending', attempts = 0, next_attempt_at = now(), locked_until = null, lease_id = null
   where o.id = message_id and o.status = 'failed' and o.template <> 'magic-link';
  if not found then
    raise exception 'There is no failed e-mail %', message_id using errcode = 'P0002', hint = 'outbox.not_failed';
  end if;
end
$$;
revoke all on function public.retry_email(uuid) from public, anon;
grant execute on function public.retry_email(uuid) to authenticated;
