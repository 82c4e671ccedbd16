import { describe, expect, it } from 'vitest';
import { constantSecurityHeaders, contentSecurityPolicy, newNonce } from '@/lib/security/headers';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));

describe('security headers', () => {
  it('allow scripts by nonce only, with eval on the dev server alone', () => {
    const production = directives(contentSecurityPolicy('abc', false));
    expect(production['script-src']).toEqual(["'self'", "'nonce-abc'", "'strict-dynamic'"]);
    expect(production['style-src']).toEqual(["'self'", "'nonce-abc'"]);
    const development = directives(contentSecurityPolicy('abc', true));
    expect(development['script-src']).toContain("'unsafe-eval'");
    expect(development['script-src']).not.toContain("'unsafe-inline'");
  });

  it('send HSTS from production builds only, never to the dev server on localhost', () => {
    const names = (production: boolean) => constantSecurityHeaders(production).map((header) => header.key);
    expect(names(true)).toContain('Strict-Transport-Security');
    expect(names(false)).not.toContain('Strict-Transport-Security');
    expect(names(false)).toEqual(['Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options']);
  });

  it('make a new 128-bit nonce every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
