import type { TestProject } from 'vitest/node';
import { freePort } from '@/lib/local-stack/ports';
import { startStack, type RunningStack, type SupabaseEnv } from '@/lib/local-stack/stack';
import { createTestDatabase } from '../fixtures/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    stack: SupabaseEnv & Pick<RunningStack, 'legacyEnv' | 'databaseUrl' | 'postgrestUrl' | 'embedded'>;
  }
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
