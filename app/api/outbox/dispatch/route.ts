import { timingSafeEqual } from 'node:crypto';
import { sendOpinionReminders } from '@/lib/db/reminders';
import { dispatchNow } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';
import { createServiceClient } from '@/lib/supabase/admin';

function authorized(request: Request): boolean {
  const secret = serverEnv().OUTBOX_DISPATCH_SECRET;
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(secret ?? '')];
  return Boolean(secret) && a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The scheduler's sweep (e.g. every minute): queues the opinion reminders that are due, then sends
 * them with what an instance left behind, and retries what failed once its back-off is over.
 * Bearer OUTBOX_DISPATCH_SECRET; without it configured, refused.
 */
export async function POST(request: Request) {
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  // Each request is reminded once however often this runs: the database marks it in the same step.
  const reminded = await sendOpinionReminders(createServiceClient());
  const result = await dispatchNow();
  if (!result) return Response.json({ error: 'no e-mail transport configured (RESEND_API_KEY)', reminded }, { status: 503 });
  return Response.json({ reminded, ...result });
}
