import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { freePort } from '@/lib/local-stack/ports';
import { startStack, type RunningStack, type SupabaseEnv } from '@/lib/local-stack/stack';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: SupabaseEnv & Pick<RunningStack, 'legacyEnv' | 'databaseUrl' | 'postgrestUrl' | 'embedded'>;
  }
}

/** With DATABASE_URL: a fresh database on that server, created here (or by a test, `label` telling its own apart) and dropped afterwards. */
export async function createTestDatabase(serverUrl: string, label = 'test'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tura_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  const database = serverUrl ? await createTestDatabase(serverUrl) : undefined;
  let stack: RunningStack;
  try {
    stack = await startStack({
      databaseUrl: database?.url,
      ports: { api: await freePort(), database: await freePort(), postgrest: await freePort(), postgrestAdmin: await freePort() },
    });
  } catch (error) {
    await database?.drop();
    throw error;
  }
  console.log(`Integration tests on ${database ? `PostgreSQL (${new URL(database.url).pathname.slice(1)})` : 'embedded PGlite'}`);
  project.provide('stack', { ...stack.env, legacyEnv: stack.legacyEnv, databaseUrl: stack.databaseUrl, postgrestUrl: stack.postgrestUrl, embedded: stack.embedded });
  return async () => {
    await stack.stop();
    await database?.drop();
  };
}
