import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // forbidden(): a signed-in user on a page their role may not see gets a 403 page, not a 404.
  experimental: { authInterrupts: true },
};

export default withNextIntl(nextConfig);
