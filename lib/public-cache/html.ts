/**
 * A public page as the cache keeps it: HTML and CSS only. A reader who only reads needs no script,
 * so the page goes without Next.js's runtime and its React payload: every link is a plain link, and
 * the page works as before, without a byte of JavaScript.
 *
 * The HTML is React's, which escapes every text it writes (`<` in text is `&lt;`, and in a script's
 * payload `\u003c`), so nothing a user wrote can look like a tag here.
 */
const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script")[^>]*>|<link\b[^>]*\brel="modulepreload"[^>]*>/gi;

/** The nonces Next.js put on the tags that stay: the page is served under a policy without any. */
const NONCE = /\snonce="[^"]*"/g;

export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '').replace(NONCE, '');
}
