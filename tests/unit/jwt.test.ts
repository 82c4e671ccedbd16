import { decodeJwt, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { signUserToken } from '@/lib/supabase/jwt';

const secret = 'a-test-secret-that-is-at-least-32-characters';

describe('signUserToken', () => {
  it('carries the user, the authenticated role, the app role and the department, and expires', async () => {
    const token = await signUserToken({ id: 'c0ffee00-0000-4000-8000-000000000000', role: 'department', departmentId: 'd' }, secret, 300);
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(secret));
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({
      sub: 'c0ffee00-0000-4000-8000-000000000000',
      role: 'authenticated',
      app_role: 'department',
      department_id: 'd',
    });
    expect(payload.exp! - payload.iat!).toBe(300);
  });

  it('cannot be verified with another secret', async () => {
    const token = await signUserToken({ id: 'x', role: 'coordinator', departmentId: null }, secret, 300);
    expect(decodeJwt(token).app_role).toBe('coordinator');
    await expect(jwtVerify(token, new TextEncoder().encode(`${secret}-other`))).rejects.toThrow(/signature/);
  });
});
