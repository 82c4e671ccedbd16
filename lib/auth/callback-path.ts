/** The path and query the browser asked for, set by proxy.ts on every request (a client's own value is replaced). */
export const REQUEST_PATH_HEADER = 'x-tura-path';

/** A made-up origin to resolve a path against: whatever leaves it is not a path of this app. */
const HERE = 'https://tura.invalid';

/**
 * The page to return to after signing in, if it is a path of this app: `/panel/zespoly/…?a=b`.
 * Anything that could lead elsewhere (`//evil.example`, `/\evil.example`, `https://…`, tabs and
 * line breaks that browsers drop) is refused, so the sign-in cannot be used as an open redirect.
 */
export function safeCallbackPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return null;
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return null;
  const url = new URL(value, HERE);
  if (url.origin !== HERE) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}
