import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { freePort } from '@/lib/local-stack/ports';
import { PROJECT_ROOT } from '@/lib/local-stack/prepare';
import { oldNodeEnv } from '../fixtures/old-node';
import { E2E_AUTH_SECRET, E2E_PORT, networkAddress, serviceDb } from './stack';

/** `next start` of the production build as an operator runs it: what it printed and its exit code. */
async function nextStart(env: NodeJS.ProcessEnv): Promise<{ output: string; code: number | null }> {
  const next = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/next'), ['start', '--hostname', 'localhost', '--port', String(await freePort())], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  next.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  next.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // A server that started would run until stopped.
  const started = setTimeout(() => next.kill(), 20_000);
  const code = await new Promise<number | null>((resolve) => next.once('exit', resolve));
  clearTimeout(started);
  return { output, code };
}

/** `npm run start:local` as the browser tests run it: the production build on the local stack. */
test.describe('the local stack', () => {
  test('answers this machine only unless TURA_HOST opens it, at 127.0.0.1 as well as at localhost', async () => {
    expect((await fetch(`http://127.0.0.1:${E2E_PORT}/`)).status).toBe(200);
    test.skip(!networkAddress, 'this machine has no network address besides loopback');
    await expect(fetch(`http://${networkAddress}:${E2E_PORT}/`)).rejects.toThrow();
  });

  test('does not take a session cookie signed with the secret the repository used to hold', async ({ browser }) => {
    const { data: coordinator } = await (await serviceDb()).from('profiles').select('id, email').eq('email', 'koordynator@tura.example').single();
    expect(coordinator).not.toBeNull();
    const name = 'authjs.session-token';
    const forged = await encode({
      token: { sub: coordinator!.id, profileId: coordinator!.id, email: coordinator!.email },
      secret: 'tura-local-auth-secret-not-for-production-use',
      salt: name,
    });
    const context = await browser.newContext();
    await context.addCookies([{ name, value: forged, url: `http://localhost:${E2E_PORT}` }]);
    const page = await context.newPage();
    await page.goto(`http://localhost:${E2E_PORT}/panel`);
    await expect(page).toHaveURL(/\/signin\?(callbackUrl=%2Fpanel&)?session=ended$/);
    await context.close();
  });

  test('a production server does not start without its own AUTH_SECRET, even started directly', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
    delete env.AUTH_SECRET;
    const { output, code } = await nextStart(env);
    expect(output).toContain('AUTH_SECRET is missing');
    expect(code).toBe(1);
  });

  test('a production server does not start on Node.js 20, and says which version it needs', async () => {
    const { output, code } = await nextStart(oldNodeEnv('v20.20.2', { ...process.env, NODE_ENV: 'production', AUTH_SECRET: E2E_AUTH_SECRET }));
    expect(output).toContain('This is Node.js v20.20.2, but Tura needs 22.12 or newer');
    expect(code).toBe(1);
  });
});
