import { describe, expect, it } from 'vitest';
import { demoLoginEnabled } from '@/lib/auth/demo';

describe('demo login', () => {
  it('is off unless AUTH_DEMO_LOGIN=1', () => {
    expect(demoLoginEnabled({ NODE_ENV: 'development' })).toBe(false);
    expect(demoLoginEnabled({ NODE_ENV: 'development', AUTH_DEMO_LOGIN: 'true' })).toBe(false);
  });

  it('is on in development with AUTH_DEMO_LOGIN=1', () => {
    expect(demoLoginEnabled({ NODE_ENV: 'development', AUTH_DEMO_LOGIN: '1' })).toBe(true);
  });

  it('stops a production server that has it without the second, explicit variable', () => {
    expect(() => demoLoginEnabled({ NODE_ENV: 'production', AUTH_DEMO_LOGIN: '1' })).toThrow(/AUTH_DEMO_LOGIN_IN_PRODUCTION=1/);
    expect(demoLoginEnabled({ NODE_ENV: 'production', AUTH_DEMO_LOGIN: '1', AUTH_DEMO_LOGIN_IN_PRODUCTION: '1' })).toBe(true);
  });
});
