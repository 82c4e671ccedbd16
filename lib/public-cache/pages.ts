/**
 * Which requests the public page cache answers: a visitor's (no session) GET or HEAD of a page
 * that is the same for everyone, asked as a page (not Next.js's client navigation), with no query.
 * Anything else, a signed-in user's request included, goes to Next.js as it is.
 */

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const NUMBER = '[1-9][0-9]{0,5}';

/** Paths without the locale's prefix: the home page, the archive, the accessibility statement, and a public round's pages. */
const PAGES = [
  '/podsumowania',
  '/deklaracja-dostepnosci',
  `/tury/${UUID}`,
  `/tury/${UUID}/wersje`,
  `/tury/${UUID}/wersje/${NUMBER}`,
  `/tury/${UUID}/podsumowanie`,
  `/tury/${UUID}/podsumowanie/${NUMBER}`,
  `/tury/${UUID}/protokoly/${UUID}`,
];

/** Files that change only with what they are made of: a published summary's PDF. */
const FILES = [`/api/rounds/${UUID}/summary/${NUMBER}/pdf`];

const CACHED_PATH = new RegExp(`^(?:/|/en|(?:/en)?(?:${PAGES.join('|')})|${FILES.join('|')})$`);

/** next-auth's session cookie (over https with its __Secure- prefix; in numbered chunks when large). */
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

export interface CacheableRequest {
  method?: string;
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** The cache's key for `request` (its path), or null when the request must reach Next.js. */
export function cacheKey(request: CacheableRequest): string | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const url = request.url ?? '';
  if (!CACHED_PATH.test(url)) return null; // a query, a trailing slash, another page
  // Next.js's client navigation and prefetches ask for the page's React payload, not its HTML.
  if (request.headers.rsc !== undefined || request.headers['next-router-prefetch'] !== undefined) return null;
  const cookie = request.headers.cookie;
  if (typeof cookie === 'string' && SESSION_COOKIE.test(cookie)) return null;
  return url;
}
