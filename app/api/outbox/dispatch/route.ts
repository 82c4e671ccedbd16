import { timingSafeEqual } from 'node:crypto';
import { sendOpinionReminders } from '@/lib/db/reminders';
import { purgeMeetingSignups, sendMeetingReminders } from '@/lib/db/signups';
import { dispatchNow } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';
import { createServiceClient } from '@/lib/supabase/admin';
import { whenReachable } from '@/app/api/when-reachable';

function authorized(request: Request): boolean {
  const secret = serverEnv().OUTBOX_DISPATCH_SECRET;
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(secret ?? '')];
  return Boolean(secret) && a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The scheduler's sweep (e.g. every minute): queues the opinion reminders and the meeting reminders
 * that are due, deletes the sign-ups whose time is up, then sends what was queued with what an
 * instance left behind, and retries what failed once its back-off is over. Answers the counts.
 * Bearer OUTBOX_DISPATCH_SECRET; without it configured, refused.
 */
export const POST = whenReachable(async (request: Request) => {
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const service = createServiceClient();
  // Each request and participant is reminded once however often this runs: the database marks it in the same step.
  const counts = {
    reminded: await sendOpinionReminders(service),
    participantsReminded: await sendMeetingReminders(service),
    signupsPurged: await purgeMeetingSignups(service),
  };
  const result = await dispatchNow();
  if (!result) return Response.json({ error: 'no e-mail transport configured (RESEND_API_KEY)', ...counts }, { status: 503 });
  return Response.json({ ...counts, ...result });
});
