import { describe, expect, it } from 'vitest';
import { assertSessionSecret } from '@/lib/auth/secret';

describe('the session secret', () => {
  const secret = 'a'.repeat(32);

  it('stops a production server without its own AUTH_SECRET of 32 characters or more', () => {
    expect(() => assertSessionSecret({ NODE_ENV: 'production' })).toThrow(/AUTH_SECRET is missing/);
    expect(() => assertSessionSecret({ NODE_ENV: 'production', AUTH_SECRET: '' })).toThrow(/AUTH_SECRET/);
    expect(() => assertSessionSecret({ NODE_ENV: 'production', AUTH_SECRET: secret.slice(1) })).toThrow(/shorter than 32/);
    expect(() => assertSessionSecret({ NODE_ENV: 'production', AUTH_SECRET: secret })).not.toThrow();
  });

  it('is not asked of a development or test server', () => {
    expect(() => assertSessionSecret({ NODE_ENV: 'development' })).not.toThrow();
  });
});
