import 'server-only';
import { z } from 'zod';

const serverEnvSchema = z.object({
  SUPABASE_URL: z.url(),
  SUPABASE_ANON_KEY: z.string().min(20),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(20),
  SUPABASE_JWT_SECRET: z.string().min(32, 'SUPABASE_JWT_SECRET must have at least 32 characters'),
  /** Where the app is reached, for links in e-mails. */
  APP_URL: z.url(),
  /** next-auth's secret (it reads it too): signs session cookies, and keys the hashes of sign-in links and throttle rows. */
  AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must have at least 32 characters'),
  /** How many reverse proxies in front of the app append to X-Forwarded-For (lib/auth/client-address.ts). */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).default(0),
  /** Without it nothing leaves the machine: e-mails stay in the outbox (readable at /dev/outbox under `npm run dev`). */
  RESEND_API_KEY: z.string().min(1).optional(),
  EMAIL_FROM: z.string().min(3).default('Tura <tura@localhost>'),
  /** The bearer token a scheduler presents to /api/outbox/dispatch. */
  OUTBOX_DISPATCH_SECRET: z.string().min(32).optional(),
  /** Set by the local stack (`npm run dev`, `npm run start:local`). */
  TURA_LOCAL_STACK: z.literal('1').optional(),
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
