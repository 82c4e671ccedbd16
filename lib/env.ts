import 'server-only';
import { z } from 'zod';
import { apiKeyRole, type ApiKeyRole } from '@/lib/supabase/api-keys';
import { signingJwkSchema } from '@/lib/supabase/signing-key';

/** An API key of the project that stands for `role`: one in the other's place would give the public the server's rights, or the server the public's. */
const apiKey = (role: ApiKeyRole, expected: string) =>
  z.string().refine((key) => apiKeyRole(key) === role, `must be the project's ${expected}`);

const json = z.string().transform((text, context) => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    context.addIssue({ code: 'custom', message: 'is not JSON: give the whole JSON that `supabase gen signing-key` printed' });
    return z.NEVER;
  }
});

const serverEnvSchema = z.object({
  SUPABASE_URL: z.url(),
  SUPABASE_PUBLISHABLE_KEY: apiKey('anon', 'publishable key (sb_publishable_…), or its legacy anon key'),
  SUPABASE_SECRET_KEY: apiKey('service_role', 'secret key (sb_secret_…), or its legacy service_role key'),
  /** The private JWK of the project's signing key: user tokens are signed with it (ES256). */
  SUPABASE_JWT_SIGNING_KEY: json.pipe(signingJwkSchema).optional(),
  /** A project that has not rotated to its own key yet: user tokens are signed with its legacy HS256 secret. */
  SUPABASE_JWT_SECRET: z.string().min(32, 'must have at least 32 characters').optional(),
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
}).refine((env) => (env.SUPABASE_JWT_SIGNING_KEY === undefined) !== (env.SUPABASE_JWT_SECRET === undefined), {
  path: ['SUPABASE_JWT_SIGNING_KEY'],
  message: 'set exactly one of SUPABASE_JWT_SIGNING_KEY (the project\'s own signing key) and SUPABASE_JWT_SECRET (its legacy JWT secret)',
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let parsed: ServerEnv | undefined;

/** `env` checked: its values, or an error naming every problem (and never a value, which may be secret). */
export function parseServerEnv(env: Record<string, string | undefined>): ServerEnv {
  const result = serverEnvSchema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The server environment is incomplete (${problems}). See README.md, "Against a hosted Supabase project".`);
  }
  return result.data;
}

/** The environment, checked once on first use (not at build time, when it is not there yet). */
export function serverEnv(): ServerEnv {
  return (parsed ??= parseServerEnv(process.env));
}
