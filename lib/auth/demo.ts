import type { AppRole } from './roles';

/** The seeded users (supabase/seed.sql), who sign in with a password in local and demo mode only. */
export const DEMO_ACCOUNTS: readonly { email: string; role: AppRole }[] = [
  { email: 'koordynator@tura.example', role: 'coordinator' },
  { email: 'wydzial.sportu@tura.example', role: 'department' },
  { email: 'moderator@tura.example', role: 'moderator' },
];

export const DEMO_PASSWORD = 'tura-demo';

/**
 * Demo login is on with AUTH_DEMO_LOGIN=1. A production server refuses it unless the operator
 * also sets AUTH_DEMO_LOGIN_IN_PRODUCTION=1: a published password must never open a real city hall.
 */
export function demoLoginEnabled(env: Record<string, string | undefined> = process.env): boolean {
  if (env.AUTH_DEMO_LOGIN !== '1') return false;
  if (env.NODE_ENV === 'production' && env.AUTH_DEMO_LOGIN_IN_PRODUCTION !== '1') {
    throw new Error(
      'AUTH_DEMO_LOGIN=1 is refused in production: anyone could sign in with the published demo password. ' +
        'Unset it, or also set AUTH_DEMO_LOGIN_IN_PRODUCTION=1 for a demo server with demo data only.',
    );
  }
  return true;
}
