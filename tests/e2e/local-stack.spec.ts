import { expect, test } from '@playwright/test';
import { E2E_PORT, networkAddress } from './stack';

/** `npm run start:local` as the browser tests run it: the production build on the local stack. */
test.describe('the local stack', () => {
  test('answers this machine only unless TURA_HOST opens it, at 127.0.0.1 as well as at localhost', async () => {
    expect((await fetch(`http://127.0.0.1:${E2E_PORT}/`)).status).toBe(200);
    test.skip(!networkAddress, 'this machine has no network address besides loopback');
    await expect(fetch(`http://${networkAddress}:${E2E_PORT}/`)).rejects.toThrow();
  });
});
