import 'server-only';
import { z } from 'zod';

const serverEnvSchema = z.object({
  SUPABASE_URL: z.url(),
  SUPABASE_ANON_KEY: z.string().min(20),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(20),
  SUPABASE_JWT_SECRET: z.string().min(32, 'SUPABASE_JWT_SECRET must have at least 32 characters'),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let parsed: ServerEnv | undefined;

/** The environment, checked once on first use (not at build time, when it is not there yet). */
export function serverEnv(): ServerEnv {
  if (!parsed) {
    const result = serverEnvSchema.safeParse(process.env);
    if (!result.success) {
      const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`The server environment is incomplete (${problems}). See README.md, "Configuration".`);
    }
    parsed = result.data;
  }
  return parsed;
}
