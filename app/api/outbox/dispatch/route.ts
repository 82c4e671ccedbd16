import { timingSafeEqual } from 'node:crypto';
import { dispatchNow } from '@/lib/email/outbox';
import { serverEnv } from '@/lib/env';

function authorized(request: Request): boolean {
  const secret = serverEnv().OUTBOX_DISPATCH_SECRET;
  const given = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  const [a, b] = [Buffer.from(given), Buffer.from(secret ?? '')];
  return Boolean(secret) && a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The scheduler's sweep (e.g. every minute): sends what an instance left behind, retries what
 * failed once its back-off is over. Bearer OUTBOX_DISPATCH_SECRET; without it configured, refused.
 */
export async function POST(request: Request) {
  if (!authorized(request)) return Response.json({ error: 'unauthorized' }, { status: 401 });
  const result = await dispatchNow();
  if (!result) return Response.json({ error: 'no e-mail transport configured (RESEND_API_KEY)' }, { status: 503 });
  return Response.json(result);
}
