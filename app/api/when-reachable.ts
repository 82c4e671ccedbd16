import 'server-only';
import { getTranslations } from 'next-intl/server';
import { BackendUnavailable } from '@/lib/db/errors';
import { routing } from '@/lib/i18n/routing';

/** How long a client should wait before asking again: about as long as PostgREST takes to reconnect. */
const RETRY_AFTER_SECONDS = 5;

/**
 * A route handler that answers 503 Service Unavailable, with Retry-After and a sentence in the app's
 * language, when the database cannot be reached, instead of failing with a 500.
 */
export function whenReachable<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>): (...args: Args) => Promise<Response> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!(error instanceof BackendUnavailable)) throw error;
      console.error(`A route handler found the database unreachable: ${error.message}`);
      const t = await getTranslations({ locale: routing.defaultLocale, namespace: 'Errors' });
      return new Response(`${t('unavailableTitle')}. ${t('unavailableText')}\n`, {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(RETRY_AFTER_SECONDS), 'cache-control': 'no-store' },
      });
    }
  };
}
