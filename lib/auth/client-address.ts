/**
 * The client a request came from, as the per-client sign-in limit counts it.
 *
 * `trustedProxyHops` (TRUSTED_PROXY_HOPS) is how many reverse proxies stand in front of the app,
 * each appending the address it was reached from to X-Forwarded-For. The client is then the
 * entry that many places from the right; anything further left was written by the client itself
 * and is ignored.
 *
 * With no proxy (0) the rightmost entry is the connection's address, which Next.js writes there,
 * but only when the request brought no X-Forwarded-For of its own: a client that reaches the app
 * directly and sends one chooses its key. That lets it escape the per-client limit (never the
 * per-address one), which is why a public server belongs behind a proxy.
 */
export function clientAddress(forwardedFor: string | null, trustedProxyHops: number): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request went around them, so nothing in it can be trusted more.
  return entries[Math.max(0, entries.length - Math.max(1, trustedProxyHops))] ?? 'unknown';
}
