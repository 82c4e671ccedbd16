import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/auth/callback-path';

describe('safeCallbackPath', () => {
  it('keeps a path of this app with its query and fragment', () => {
    expect(safeCallbackPath('/panel/tury/1/harmonogram')).toBe('/panel/tury/1/harmonogram');
    expect(safeCallbackPath('/en/panel/zespoly/2?tab=a&b=%C5%BC#x')).toBe('/en/panel/zespoly/2?tab=a&b=%C5%BC#x');
  });

  it('refuses whatever could lead to another site', () => {
    for (const value of [
      '//evil.example/panel',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/panel',
      'javascript:alert(1)',
      '/\t/evil.example',
      '/\n/evil.example',
      'panel',
      '',
      `/${'a'.repeat(2000)}`,
    ]) {
      expect(safeCallbackPath(value), value).toBeNull();
    }
    expect(safeCallbackPath(undefined)).toBeNull();
    expect(safeCallbackPath(['/panel'])).toBeNull();
  });
});
