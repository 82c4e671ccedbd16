import { createHash, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * An API key as Supabase makes them: the prefix, 16 random bytes (22 base64url characters), and
 * a checksum of the project and the key (as Supabase's self-hosting script computes it).
 */
function opaqueApiKey(prefix: 'sb_publishable_' | 'sb_secret_'): string {
  const key = `${prefix}${randomBytes(16).toString('base64url')}`;
  return `${key}_${createHash('sha256').update(`tura-local|${key}`).digest('base64url').slice(0, 8)}`;
}

/** A new ES256 key pair, as `supabase gen signing-key --algorithm ES256` prints it: the private JWK with its kid. */
function signingKey() {
  const { crv, x, y, d } = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
  return { kty: 'EC', kid: randomUUID(), use: 'sig', key_ops: ['sign', 'verify'], alg: 'ES256', ext: true, crv, x, y, d };
}

/**
 * The secrets of one local installation, made on its first start and kept for the next ones.
 * Each entry is generated when missing, so a later version can add its own keys to the same file.
 */
const GENERATORS = {
  /** Signs next-auth's session cookies. */
  AUTH_SECRET: () => randomBytes(32).toString('base64url'),
  /** The project's own signing key: user tokens are signed with it, PostgREST verifies them with its public half. */
  SUPABASE_JWT_SIGNING_KEY: signingKey,
  /** The legacy HS256 JWT secret a project keeps until it revokes it: still accepted, and the legacy API keys follow from it. */
  SUPABASE_JWT_SECRET: () => randomBytes(32).toString('base64url'),
  SUPABASE_PUBLISHABLE_KEY: () => opaqueApiKey('sb_publishable_'),
  SUPABASE_SECRET_KEY: () => opaqueApiKey('sb_secret_'),
};

export type LocalSecrets = { [Name in keyof typeof GENERATORS]: ReturnType<(typeof GENERATORS)[Name]> };

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
  const secrets: Record<string, unknown> = { ...existing };
  for (const [name, make] of Object.entries(GENERATORS)) secrets[name] ??= make();
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
