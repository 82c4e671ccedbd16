/**
 * The security headers of every response. The Content-Security-Policy changes with each request
 * (its nonce), so the proxy sets it; the others are constant, so next.config.ts sets them on every
 * path, Next.js's own files included.
 */

/** A fresh, unguessable nonce: 128 random bits. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

/**
 * Scripts run only with this response's nonce (Next.js puts it on its own scripts) or when such a
 * script loads them ('strict-dynamic'); nothing may frame the app, post a form elsewhere or change
 * the base URL. The dev server needs eval for React's debugging and injects styles without a nonce.
 * No upgrade-insecure-requests: the local production build (`npm run start:local`) is served over
 * http; HSTS makes a real deployment https-only.
 */
export function contentSecurityPolicy(nonce: string, development: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' ${development ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
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
