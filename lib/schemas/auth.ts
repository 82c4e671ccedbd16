import { z } from 'zod';

/** Messages are keys of the `Validation` namespace in messages/*.json. */
/** The page asked for before signing in; the action takes it only if it is a path of this app (lib/auth/callback-path.ts). */
const callbackUrl = z.string().max(2000).optional();

export const emailSignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'required').pipe(z.email('email')),
  callbackUrl,
});

export const demoSignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'required'),
  password: z.string().min(1, 'required'),
  callbackUrl,
});
