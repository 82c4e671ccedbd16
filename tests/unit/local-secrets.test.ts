import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLocalSecrets, localSecretsFile } from '@/lib/local-stack/secrets';
import { signingJwkSchema } from '@/lib/supabase/signing-key';

describe('local secrets', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'tura-secrets-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const fileFor = (dataDir: string) => localSecretsFile({ projectRoot: root, dataDir: path.join(root, dataDir) });

  it('are kept beside the data directory, not inside it, or in supabase/ for DATABASE_URL, and nowhere in memory', () => {
    expect(fileFor('supabase/.pglite')).toBe(path.join(root, 'supabase/.pglite-secrets.json'));
    expect(localSecretsFile({ projectRoot: root, dataDir: path.join(root, 'supabase/.pglite'), databaseUrl: 'postgres://x@127.0.0.1/tura' })).toBe(
      path.join(root, 'supabase/.local-secrets.json'),
    );
    expect(localSecretsFile({ projectRoot: root })).toBeUndefined();
  });

  it('are made on first use in a file only its owner can read, and reused at the next start', async () => {
    const file = fileFor('supabase/.pglite')!;
    const first = await loadLocalSecrets(file);
    expect(first.AUTH_SECRET).toMatch(/^[\w-]{43}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadLocalSecrets(file)).toEqual(first);
    expect(await readdir(path.dirname(file))).toEqual(['.pglite-secrets.json']);
  });

  it('hold the keys of a Supabase project, in the forms Supabase makes them', async () => {
    const secrets = await loadLocalSecrets(undefined);
    // As `supabase gen signing-key --algorithm ES256` prints it, and as the app's environment takes it.
    expect(Object.keys(secrets.SUPABASE_JWT_SIGNING_KEY).sort()).toEqual(['alg', 'crv', 'd', 'ext', 'key_ops', 'kid', 'kty', 'use', 'x', 'y']);
    expect(signingJwkSchema.parse(secrets.SUPABASE_JWT_SIGNING_KEY)).toMatchObject({ kty: 'EC', crv: 'P-256', alg: 'ES256', kid: expect.stringMatching(/^[\da-f-]{36}$/) });
    expect(secrets.SUPABASE_PUBLISHABLE_KEY).toMatch(/^sb_publishable_[\w-]{22}_[\w-]{8}$/);
    expect(secrets.SUPABASE_SECRET_KEY).toMatch(/^sb_secret_[\w-]{22}_[\w-]{8}$/);
    expect(secrets.SUPABASE_JWT_SECRET.length).toBeGreaterThanOrEqual(32);
  });

  it('differ between data directories, and between processes in memory', async () => {
    const one = await loadLocalSecrets(fileFor('one'));
    const other = await loadLocalSecrets(fileFor('other'));
    const inMemory = [await loadLocalSecrets(undefined), await loadLocalSecrets(undefined)];
    for (const name of ['AUTH_SECRET', 'SUPABASE_JWT_SECRET', 'SUPABASE_PUBLISHABLE_KEY', 'SUPABASE_SECRET_KEY'] as const) {
      expect(one[name], name).not.toBe(other[name]);
      expect(inMemory[0]![name], name).not.toBe(inMemory[1]![name]);
    }
    expect(one.SUPABASE_JWT_SIGNING_KEY.d).not.toBe(other.SUPABASE_JWT_SIGNING_KEY.d);
    expect(inMemory[0]!.SUPABASE_JWT_SIGNING_KEY.kid).not.toBe(inMemory[1]!.SUPABASE_JWT_SIGNING_KEY.kid);
  });

  it('of an earlier version gain the missing keys, and keep the secrets they had', async () => {
    const file = fileFor('earlier')!;
    await writeFile(file, JSON.stringify({ AUTH_SECRET: 'kept-from-before' }), { mode: 0o600 });
    const secrets = await loadLocalSecrets(file);
    expect(secrets.AUTH_SECRET).toBe('kept-from-before');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual(secrets);
    expect(await loadLocalSecrets(file)).toEqual(secrets);
  });

  it('are refused from a file other users can read', async () => {
    const file = fileFor('supabase/.pglite')!;
    await loadLocalSecrets(file);
    await chmod(file, 0o644);
    await expect(loadLocalSecrets(file)).rejects.toThrow(/can be read by other users.*chmod 600/);
  });
});
