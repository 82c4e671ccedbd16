import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { constantSecurityHeaders } from './lib/security/headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden(): a signed-in user on a page their role may not see gets a 403 page, not a 404.
  experimental: { authInterrupts: true },
  // The per-request Content-Security-Policy is set by proxy.ts.
  async headers() {
    return [{ source: '/:path*', headers: constantSecurityHeaders(process.env.NODE_ENV === 'production') }];
  },
};

export default withNextIntl(nextConfig);
