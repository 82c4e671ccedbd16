import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { constantSecurityHeaders } from './lib/security/headers';
import { appHost, reachableHosts } from './lib/local-stack/hosts';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default function nextConfig(phase: string): NextConfig {
  const development = phase === PHASE_DEVELOPMENT_SERVER;
  return withNextIntl({
    poweredByHeader: false,
    // forbidden(): a signed-in user on a page their role may not see gets a 403 page, not a 404.
    experimental: { authInterrupts: true },
    // `*.dev.tsx` pages (the outbox) exist under `next dev` only: a production build never compiles them.
    pageExtensions: development ? ['dev.tsx', 'tsx', 'ts', 'jsx', 'js'] : ['tsx', 'ts', 'jsx', 'js'],
    // The dev server's scripts and hot reload answer the addresses the app is reached at (TURA_HOST), 127.0.0.1 included.
    ...(development ? { allowedDevOrigins: reachableHosts(appHost()) } : {}),
    // The per-request Content-Security-Policy is set by proxy.ts.
    async headers() {
      return [{ source: '/:path*', headers: constantSecurityHeaders(process.env.NODE_ENV === 'production') }];
    },
  });
}
