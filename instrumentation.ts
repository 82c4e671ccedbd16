/**
 * Runs once when the server starts: a production server without its own session secret, or with
 * demo login unasked, does not start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertSessionSecret } = await import('@/lib/auth/secret');
    const { demoLoginEnabled } = await import('@/lib/auth/demo');
    try {
      assertSessionSecret();
      demoLoginEnabled();
    } catch (error) {
      console.error(`\n  ${(error as Error).message}\n`);
      process.exit(1);
    }
  }
}
