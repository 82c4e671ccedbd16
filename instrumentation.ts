/**
 * Runs once when the server starts: a server on an unsupported Node.js, a production server without
 * its own session secret, or with demo login unasked, does not start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { assertSupportedNode } = await import('@/lib/runtime/supported-node');
    const { assertSessionSecret } = await import('@/lib/auth/secret');
    const { demoLoginEnabled } = await import('@/lib/auth/demo');
    try {
      assertSupportedNode();
      assertSessionSecret();
      demoLoginEnabled();
    } catch (error) {
      console.error(`\n  ${(error as Error).message}\n`);
      process.exit(1);
    }
  }
}
