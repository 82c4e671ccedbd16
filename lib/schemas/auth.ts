import { z } from 'zod';

/** Messages are keys of the `Validation` namespace in messages/*.json. */
export const emailSignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'required').pipe(z.email('email')),
});

export const demoSignInSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, 'required'),
  password: z.string().min(1, 'required'),
});
