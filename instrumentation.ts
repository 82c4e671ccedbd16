import { demoLoginEnabled } from '@/lib/auth/demo';

/** Runs once when the server starts: a production server with demo login, unasked, does not start. */
export function register() {
  try {
    demoLoginEnabled();
  } catch (error) {
    console.error(`\n  ${(error as Error).message}\n`);
    process.exit(1);
  }
}
