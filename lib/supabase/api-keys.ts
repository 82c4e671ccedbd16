import { decodeJwt } from 'jose';

/** What an API key lets its holder be without a user's token: the public (`anon`) or the server (`service_role`). */
export type ApiKeyRole = 'anon' | 'service_role';

const PREFIXES: Record<ApiKeyRole, string> = { anon: 'sb_publishable_', service_role: 'sb_secret_' };

/**
 * The role an API key stands for, by its form: a publishable (`sb_publishable_…`) or secret
 * (`sb_secret_…`) key, or a legacy `anon` or `service_role` key, which is a JWT naming its role.
 */
export function apiKeyRole(key: string): ApiKeyRole | undefined {
  for (const [role, prefix] of Object.entries(PREFIXES) as [ApiKeyRole, string][]) if (key.startsWith(prefix)) return role;
  try {
    const { role } = decodeJwt(key);
    return role === 'anon' || role === 'service_role' ? role : undefined;
  } catch {
    return undefined;
  }
}
