import type { PostgrestError } from '@supabase/supabase-js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { acceptingForms } from '@/lib/actions/form-input';
import { BACKEND_UNAVAILABLE_DIGEST, BackendUnavailable, DataError, dataError, rowsOf } from '@/lib/db/errors';
import { demoSignInSchema } from '@/lib/schemas/auth';
import { createSupabaseClient } from '@/lib/supabase/create';

const failure = (code: string, message: string) => ({ code, message, details: '', hint: '' }) as unknown as PostgrestError;

describe('a failed query', () => {
  it('is the backend away when nothing answered, the gateway could not reach PostgREST, or PostgREST could not reach the database', () => {
    for (const [status, error] of [
      [0, failure('', 'TypeError: fetch failed')],
      [502, failure('', 'PostgREST is not answering: connect ECONNREFUSED 127.0.0.1:54323')],
      [503, failure('57P01', 'terminating connection due to administrator command')],
      [503, failure('PGRST001', 'Database client error. Retrying the connection.')],
      [503, failure('PGRST002', 'Could not query the database for the schema cache. Retrying.')],
      [504, failure('PGRST003', 'Timed out acquiring connection from connection pool.')],
    ] as const) {
      const thrown = dataError({ status, error });
      expect(thrown).toBeInstanceOf(BackendUnavailable);
      // The digest Next.js hands the error page, in production too.
      expect((thrown as BackendUnavailable).digest).toBe(BACKEND_UNAVAILABLE_DIGEST);
    }
  });

  it('is the database refusing when it answered: a rule, a permission, a conflict, a bug', () => {
    for (const [status, error] of [
      [400, failure('P0001', 'round status illegal')],
      [403, failure('42501', 'permission denied for table rounds')],
      [409, failure('23505', 'duplicate key value violates unique constraint')],
      [500, failure('XX000', 'internal error')],
    ] as const) {
      expect(dataError({ status, error })).toBeInstanceOf(DataError);
    }
    expect(() => rowsOf({ data: null, error: failure('PGRST001', 'Database client error.'), status: 503 })).toThrow(BackendUnavailable);
    expect(rowsOf({ data: [1], error: null, status: 200 })).toEqual([1]);
  });
});

describe('an API that takes the connection and never answers', () => {
  it('fails as the backend being away once the timeout passes, a write at once and a read after its retries', async () => {
    const held: http.ServerResponse[] = [];
    const server = http.createServer((_request, response) => void held.push(response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const client = createSupabaseClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, 'sb_publishable_test', undefined, { timeoutMs: 200 });
    try {
      const started = performance.now();
      const write = await client.rpc('submit_opinion', {});
      expect(write.status).toBe(0);
      expect(() => rowsOf(write)).toThrow(BackendUnavailable);
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(held).toHaveLength(1);
      const read = await client.from('rounds').select('id');
      expect(() => rowsOf(read)).toThrow(BackendUnavailable);
      expect(held.length).toBeGreaterThan(1);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

describe('a server action while the database cannot be reached', () => {
  const unreachable = acceptingForms(demoSignInSchema, async () => {
    throw new BackendUnavailable(502, failure('', 'PostgREST is not answering'));
  });

  it('answers in words, called by its script or posted without one, keeping what was typed (never a password)', async () => {
    expect(await unreachable({ email: 'a@b.c' })).toEqual({ ok: false, formError: 'unavailable' });
    const formData = new FormData();
    formData.append('email', 'koordynator@tura.example');
    formData.append('password', 'secret');
    const answer = await unreachable(undefined, formData);
    expect(answer).toMatchObject({ ok: false, formError: 'unavailable', values: { email: 'koordynator@tura.example' } });
    expect(JSON.stringify(answer)).not.toContain('secret');
  });

  it('lets every other failure through, to be seen as the bug it is', async () => {
    const broken = acceptingForms(demoSignInSchema, async () => {
      throw new Error('a bug');
    });
    await expect(broken({})).rejects.toThrow('a bug');
  });
});
