import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The secrets of one local installation, made on its first start and kept for the next ones.
 * Each entry is generated when missing, so a later version can add its own keys to the same file.
 */
const GENERATORS = {
  /** Signs next-auth's session cookies. */
  AUTH_SECRET: () => randomBytes(32).toString('base64url'),
};

export type LocalSecrets = { [Name in keyof typeof GENERATORS]: string };

/**
 * Where the secrets of a local database are kept: beside the embedded database's directory
 * (`supabase/.pglite` → `supabase/.pglite-secrets.json`), or in `supabase/.local-secrets.json`
 * for the PostgreSQL at DATABASE_URL. None for an in-memory database: its secrets die with it.
 */
export function localSecretsFile(options: { projectRoot: string; dataDir?: string; databaseUrl?: string }): string | undefined {
  if (options.databaseUrl) return path.join(options.projectRoot, 'supabase/.local-secrets.json');
  return options.dataDir ? `${options.dataDir}-secrets.json` : undefined;
}

function generate(existing: Partial<LocalSecrets>): LocalSecrets {
  const secrets = { ...existing };
  for (const [name, make] of Object.entries(GENERATORS) as [keyof LocalSecrets, () => string][]) secrets[name] ??= make();
  return secrets as LocalSecrets;
}

async function readSecrets(file: string): Promise<Partial<LocalSecrets> | undefined> {
  let mode: number;
  try {
    mode = (await stat(file)).mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // As ssh does with a private key: a secret others could read may already be known to them.
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    throw new Error(`${file} can be read by other users of this machine. Delete it (new secrets are made at the next start) or run chmod 600 on it.`);
  }
  return JSON.parse(await readFile(file, 'utf8')) as Partial<LocalSecrets>;
}

/**
 * The secrets kept in `file` (readable by its owner only), made and written there on first use;
 * without a file, fresh ones that live as long as this process.
 */
export async function loadLocalSecrets(file: string | undefined): Promise<LocalSecrets> {
  if (!file) return generate({});
  const existing = await readSecrets(file);
  const secrets = generate(existing ?? {});
  if (existing && Object.keys(secrets).every((name) => name in existing)) return secrets;
  await mkdir(path.dirname(file), { recursive: true });
  // Written whole under another name, then renamed: a crash never leaves half a file.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await rename(partial, file);
  return secrets;
}
