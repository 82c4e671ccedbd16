/**
 * The security headers of every response. The Content-Security-Policy changes with each request
 * (its nonce), so the proxy sets it; the others are constant, so next.config.ts sets them on every
 * path, Next.js's own files included.
 */

/** A fresh, unguessable nonce: 128 random bits. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/** What every page may load, and where its forms may post: its own origin only. Nothing may frame it or change its base URL. */
const SHARED_DIRECTIVES = [
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
];

/**
 * Scripts run only with this response's nonce (Next.js puts it on its own scripts) or when such a
 * script loads them ('strict-dynamic'). The dev server needs eval for React's debugging and injects
 * styles without a nonce. No upgrade-insecure-requests: the local production build (`npm run
 * start:local`) is served over http; HSTS makes a real deployment https-only.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    ...SHARED_DIRECTIVES,
  ].join('; ');
}

/**
 * The policy of a public page served from the cache (lib/public-cache): it has no script at all, so
 * none may run, and being the same for every reader it carries no nonce.
 */
export function scriptlessContentSecurityPolicy(): string {
  return ["default-src 'self'", "script-src 'none'", "style-src 'self'", ...SHARED_DIRECTIVES].join('; ');
}

/** What the app never uses, so that no script, ours or injected, can ask for it. */
const UNUSED_FEATURES = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'payment', 'usb'];

export function constantSecurityHeaders(production: boolean): { key: string; value: string }[] {
  return [
    // A sign-in link carries its token in its query: no address of ours reaches another site, not even
    // the origin. (Not no-referrer: browsers would then send `Origin: null` with our own form posts,
    // which Next.js refuses as a cross-site server action.)
    { key: 'Referrer-Policy', value: 'same-origin' },
    { key: 'Permissions-Policy', value: UNUSED_FEATURES.map((feature) => `${feature}=()`).join(', ') },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    // Browsers ignore it over http, but the dev server is left out so that localhost never learns it.
    ...(production ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
  ];
}
