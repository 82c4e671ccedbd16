import { notFound } from 'next/navigation';

/**
 * Any other address: the app's own 404 in the visitor's language, rendered per request like every
 * page, so that its scripts carry the Content-Security-Policy's nonce (Next.js's default 404 is
 * prerendered, without one).
 */
export default function UnknownPage() {
  notFound();
}
