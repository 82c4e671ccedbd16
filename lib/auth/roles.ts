/** Application roles, as the `public.app_role` enum defines them. */
export const APP_ROLES = ['coordinator', 'department', 'moderator'] as const;
export type AppRole = (typeof APP_ROLES)[number];
