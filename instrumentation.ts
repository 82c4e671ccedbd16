/** Runs once when the server starts: a production server with demo login, unasked, does not start. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { demoLoginEnabled } = await import('@/lib/auth/demo');
  try {
    demoLoginEnabled();
  } catch (error) {
    console.error(`\n  ${(error as Error).message}\n`);
    process.exit(1);
  }
}
