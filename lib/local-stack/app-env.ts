import type { LocalSecrets } from './secrets';
import type { SupabaseEnv } from './stack';

/** What `next` runs with on the local stack: demo mode, the stack's variables, the session secret. */
export function appEnv(nextCommand: 'dev' | 'start', appUrl: string, stackEnv: SupabaseEnv, secrets: LocalSecrets): NodeJS.ProcessEnv {
  return {
    NEXT_TELEMETRY_DISABLED: '1',
    // Local and demo mode: demo accounts, the outbox page (under `next dev` only).
    AUTH_TRUST_HOST: 'true',
    AUTH_DEMO_LOGIN: '1',
    ...(nextCommand === 'start' ? { AUTH_DEMO_LOGIN_IN_PRODUCTION: '1' } : {}),
    APP_URL: appUrl,
    ...process.env,
    // Next.js started with `--hostname 127.0.0.1` turns the locale middleware's rewrites into
    // redirect loops (vercel/next.js#94745), so it gets `localhost`, resolved to 127.0.0.1 first.
    NODE_OPTIONS: [process.env.NODE_OPTIONS, '--dns-result-order=ipv4first'].filter(Boolean).join(' '),
    AUTH_SECRET: process.env.AUTH_SECRET || secrets.AUTH_SECRET,
    ...stackEnv,
    TURA_LOCAL_STACK: '1',
  };
}
