import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { REQUEST_PATH_HEADER } from '@/lib/auth/callback-path';
import { routing } from '@/lib/i18n/routing';
import { contentSecurityPolicy, newNonce } from '@/lib/security/headers';

const localeRouting = createMiddleware(routing);

/**
 * Pages are routed by locale; API routes, Next.js's internals and the app's files (/icon.svg: a dot
 * in a name at the root) are not. A dot deeper down is part of an address ("/tury/…/wersje/1.5"),
 * which gets the app's own 404 like any other.
 */
const isPage = (pathname: string) => !/^\/(api|_next|_vercel)(\/|$)/.test(pathname) && !/^\/[^/]*\.[^/]*$/.test(pathname);

/** Whether an address decodes at all: one with a malformed percent-encoding ("%E0%A4%A") names nothing. */
function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * The answer to an address that names nothing the app has: the app's 404 page in the address's
 * language (any path that no route takes is one), or a plain 404 from the API. Next.js alone would
 * answer such an address with a bare 400.
 */
function notFound(request: NextRequest): NextResponse {
  const { pathname } = request.nextUrl;
  if (!isPage(pathname)) return new NextResponse('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const locale = /^\/en(\/|$)/.test(pathname) ? 'en-GB' : routing.defaultLocale;
  return NextResponse.rewrite(new URL(`/${locale}/not-found`, request.url), { request: { headers: request.headers } });
}

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
  const { pathname } = request.nextUrl;
  const response = !decodes(pathname) ? notFound(request) : isPage(pathname) ? localeRouting(request) : NextResponse.next({ request: { headers: request.headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  // Everything but the build's static files, so that 404s and API answers get the policy too.
  matcher: '/((?!_next/static|_next/image).*)',
};
