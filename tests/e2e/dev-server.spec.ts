import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { freePort } from '@/lib/local-stack/ports';
import { PROJECT_ROOT } from '@/lib/local-stack/prepare';
import { expectAccessible } from './axe';
import { E2E_SECRETS_FILE, networkAddress, serviceDb } from './stack';

/**
 * `npm run dev` itself (the CLI's `dev --memory`), opened to the network with TURA_HOST=0.0.0.0:
 * started once for this file, since `next dev` compiles every page on its first request.
 */
test.describe('npm run dev, opened to the network', () => {
  test.describe.configure({ timeout: 240_000 });
  test.skip(!networkAddress, 'this machine has no network address besides loopback');

  let dev: ChildProcess;
  const ports = { app: 0, api: 0, next: 0 };

  test.beforeAll(async () => {
    ports.app = await freePort();
    ports.api = await freePort();
    dev = spawn(path.join(PROJECT_ROOT, 'node_modules/.bin/tsx'), ['lib/local-stack/cli.ts', 'dev', '--memory'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        TURA_HOST: '0.0.0.0',
        PORT: String(ports.app),
        TURA_API_PORT: String(ports.api),
        TURA_DB_PORT: String(await freePort()),
        TURA_POSTGREST_PORT: String(await freePort()),
        TURA_POSTGREST_ADMIN_PORT: String(await freePort()),
        TURA_SECRETS_FILE: E2E_SECRETS_FILE,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    // The banner, printed once Next.js answers, names the port Next.js itself listens on.
    ports.next = await new Promise<number>((resolve, reject) => {
      let output = '';
      dev.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Next\.js itself listens on http:\/\/127\.0\.0\.1:(\d+) only/.exec(output);
        if (match) resolve(Number(match[1]));
      });
      dev.once('exit', (code) => reject(new Error(`npm run dev exited with code ${code}: ${output}`)));
    });
  });

  test.afterAll(async () => {
    if (dev?.exitCode !== null) return;
    const exited = new Promise((resolve) => dev.once('exit', resolve));
    dev.kill('SIGTERM');
    await exited;
  });

  /** Opens `url` and waits until hot reload's WebSocket, which `next dev` refuses to unlisted origins, says hello. */
  async function openWithHotReload(page: Page, url: string) {
    // Listen for the first frame as soon as the socket opens: it may arrive before the page has loaded.
    const hello = page
      .waitForEvent('websocket', (ws) => ws.url().includes('/_next/'))
      .then((socket) => socket.waitForEvent('framereceived', { timeout: 20_000 }));
    const response = await page.goto(url);
    await hello;
    return response!;
  }

  test('the outbox answers this machine only, and the app with hot reload answers at every address', async ({ page }) => {
    const link = `http://localhost:${ports.app}/api/auth/callback/email?token=dev-server-test&email=moderator%40tura.example`;
    const { error } = await (await serviceDb(ports.api))
      .from('email_outbox')
      .insert({ to_address: 'moderator@tura.example', template: 'magic-link', payload: { url: link } });
    expect(error).toBeNull();

    // This machine, at 127.0.0.1 as well as at localhost.
    expect((await openWithHotReload(page, `http://127.0.0.1:${ports.app}/dev/outbox`)).status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Poczta wychodząca (lokalnie)');
    const message = page.getByRole('listitem').filter({ hasText: 'Do: moderator@tura.example' }).first();
    await expect(message.getByRole('heading', { name: 'Link do logowania w Turze' })).toBeVisible();
    await expect(message.getByRole('link', { name: /Otwórz link z wiadomości/ })).toHaveAttribute('href', link);
    await expectAccessible(page);
    expect((await fetch(`http://localhost:${ports.app}/en/dev/outbox`)).status).toBe(200);

    // Another machine on the network, even one that claims to be 127.0.0.1.
    const fromNetwork = `http://${networkAddress}:${ports.app}`;
    for (const outbox of ['/dev/outbox', '/en/dev/outbox']) {
      expect((await fetch(`${fromNetwork}${outbox}`, { headers: { 'X-Forwarded-For': '127.0.0.1' } })).status, outbox).toBe(404);
    }
    expect((await openWithHotReload(page, `${fromNetwork}/dev/outbox`)).status()).toBe(404);
    expect((await openWithHotReload(page, `${fromNetwork}/`)).status()).toBe(200);

    // Next.js itself, behind the front that tells it each request's real address, answers nobody else.
    await expect(fetch(`http://${networkAddress}:${ports.next}/`)).rejects.toThrow();
  });
});
