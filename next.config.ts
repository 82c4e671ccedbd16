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
    // pdfkit reads its own data files from node_modules at run time: it stays unbundled. The summary
    // PDF's font (DejaVu, for Polish letters) is read from node_modules too, and goes with the build.
    serverExternalPackages: ['pdfkit'],
    outputFileTracingIncludes: { '/**': ['./node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', './node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'] },
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
