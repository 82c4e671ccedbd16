import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/auth/callback-path';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';

const localeRouting = createMiddleware(routing);

/** Pages are routed by locale; API routes, Next.js's internals and files (a dot in the name) are not. */
const isPage = (pathname: string) => !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !pathname.includes('.');

/**
 * Locale routing, the asked-for path for pages to read, and a Content-Security-Policy with a fresh nonce on every response. Access is
 * checked by each page, action and route handler, and by RLS, never here.
 */
export default function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce(), process.env.NODE_ENV === 'development');
  // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
  request.headers.set('Content-Security-Policy', policy);
  // The page asked for, so that a sign-in it leads to can come back to it (lib/auth/session.ts).
  request.headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = isPage(request.nextUrl.pathname) ? localeRouting(request) : NextResponse.next({ request: { headers: request.headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but the build's static files, so that 404s and API answers get the policy too.
  matcher: '/((?!_next/static|_next/image).*)',
};
