import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/auth/client-address';

describe('clientAddress', () => {
  it('without a proxy, is the address Next.js recorded for the connection', () => {
    expect(clientAddress('203.0.113.5', 0)).toBe('203.0.113.5');
    expect(clientAddress('::ffff:127.0.0.1', 0)).toBe('::ffff:127.0.0.1');
  });

  it('behind proxies, is the entry the outermost trusted proxy appended, whatever the client wrote before it', () => {
    // The client forged "198.51.100.1"; the one proxy appended the address it saw.
    expect(clientAddress('198.51.100.1, 203.0.113.5', 1)).toBe('203.0.113.5');
    // Two proxies: the outer one appended the client, the inner one the outer proxy.
    expect(clientAddress('198.51.100.1, 203.0.113.5, 10.0.0.2', 2)).toBe('203.0.113.5');
    expect(clientAddress(' 203.0.113.5 ,10.0.0.2 ', 2)).toBe('203.0.113.5');
  });

  it('with fewer entries than proxies (a request that went around them), takes the leftmost', () => {
    expect(clientAddress('203.0.113.5', 2)).toBe('203.0.113.5');
  });

  it('without the header, puts every such request under one key', () => {
    expect(clientAddress(null, 0)).toBe('unknown');
    expect(clientAddress(' , ', 1)).toBe('unknown');
  });
});
