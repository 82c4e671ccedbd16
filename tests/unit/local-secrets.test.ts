import { chmod, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadLocalSecrets, localSecretsFile } from '@/lib/local-stack/secrets';

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

  it('differ between data directories, and between processes in memory', async () => {
    const one = await loadLocalSecrets(fileFor('one'));
    const other = await loadLocalSecrets(fileFor('other'));
    expect(one.AUTH_SECRET).not.toBe(other.AUTH_SECRET);
    expect((await loadLocalSecrets(undefined)).AUTH_SECRET).not.toBe((await loadLocalSecrets(undefined)).AUTH_SECRET);
  });

  it('are refused from a file other users can read', async () => {
    const file = fileFor('supabase/.pglite')!;
    await loadLocalSecrets(file);
    await chmod(file, 0o644);
    await expect(loadLocalSecrets(file)).rejects.toThrow(/can be read by other users.*chmod 600/);
  });
});
