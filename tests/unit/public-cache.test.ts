import { describe, expect, it } from 'vitest';
import { CHECK_EVERY_MS, MAX_AGE_MS, PublicPageCache } from '@/lib/public-cache/cache';
import { withoutScripts } from '@/lib/public-cache/html';
import { cacheKey } from '@/lib/public-cache/pages';
import { scriptlessContentSecurityPolicy } from '@/lib/security/headers';

const ROUND = '40000000-0000-4000-8000-000000000002';
const MEETING = '62000000-0000-4000-8000-000000000008';
const get = (url: string, headers: Record<string, string> = {}) => cacheKey({ method: 'GET', url, headers });

describe('the public page cache answers', () => {
  it("a visitor's read of a page that is the same for everyone, in either language", () => {
    for (const path of ['/', '/en', '/podsumowania', '/en/deklaracja-dostepnosci', `/tury/${ROUND}`, `/en/tury/${ROUND}/wersje/2`, `/tury/${ROUND}/podsumowanie`, `/tury/${ROUND}/podsumowanie/12`, `/tury/${ROUND}/protokoly/${MEETING}`, `/api/rounds/${ROUND}/summary/1/pdf`]) {
      expect(get(path), path).toBe(path);
    }
    expect(cacheKey({ method: 'HEAD', url: `/tury/${ROUND}`, headers: {} })).toBe(`/tury/${ROUND}`);
  });

  it('nothing else: forms, signed-in pages, writes, queries, client navigation, a session', () => {
    for (const path of ['/panel', '/signin', `/tury/${ROUND}/spotkania/${MEETING}/zapis`, '/zapisy/potwierdz', `/tury/${ROUND}?x=1`, `/tury/${ROUND}/`, "/tury/4000000A-0000-4000-8000-00000000000B", `/tury/${ROUND}/wersje/0`, `/en/api/rounds/${ROUND}/summary/1/pdf`, `/api/rounds/${ROUND}/calendar`, '/pl', '/dev/outbox']) {
      expect(get(path), path).toBeNull();
    }
    expect(cacheKey({ method: 'POST', url: `/tury/${ROUND}`, headers: {} })).toBeNull();
    expect(get(`/tury/${ROUND}`, { rsc: '1' })).toBeNull();
    expect(get(`/tury/${ROUND}`, { 'next-router-prefetch': '1' })).toBeNull();
    expect(get('/', { cookie: 'authjs.session-token=abc' })).toBeNull();
    expect(get('/', { cookie: 'theme=dark; __Secure-authjs.session-token.0=abc' })).toBeNull();
    expect(get('/', { cookie: 'authjs.csrf-token=abc; not-authjs.session-token-x=1' })).toBe('/');
  });
});

describe('a kept page', () => {
  it('has no script, no script preload and no nonce left, and keeps every text as React escaped it', () => {
    const html = [
      '<!DOCTYPE html><html lang="pl"><head><link rel="stylesheet" href="/a.css" nonce="abc" data-precedence="next"/>',
      '<link rel="preload" as="script" fetchPriority="low" nonce="abc" href="/_next/static/chunks/x.js"/>',
      '<script src="/_next/static/chunks/y.js" async="" nonce="abc"></script></head>',
      '<body><p>&lt;script&gt;alert(1)&lt;/script&gt; nonce=&quot;x&quot;</p>',
      '<script nonce="abc">self.__next_f.push([1,"\\u003cscript\\u003e"])</script>',
      '<SCRIPT>\nmulti\nline\n</SCRIPT><a href="/en">English</a></body></html>',
    ].join('');
    const kept = withoutScripts(html);
    expect(kept).not.toMatch(/<script|nonce="|as="script"/i);
    expect(kept).toContain('<link rel="stylesheet" href="/a.css" data-precedence="next"/>');
    expect(kept).toContain('<p>&lt;script&gt;alert(1)&lt;/script&gt; nonce=&quot;x&quot;</p>');
    expect(kept).toContain('<a href="/en">English</a>');
  });

  it('is served under a policy that lets no script run', () => {
    const policy = scriptlessContentSecurityPolicy();
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/nonce|unsafe/);
  });
});

/**
 * The cache's own rules, with a clock and a generation the test moves. (The two-server test in
 * tests/e2e/public-cache.spec.ts runs it on the real database and pages.)
 */
function setUp(render: (path: string, call: number) => Response = (path, call) => html(`${path} #${call}`)) {
  const clock = { now: 0 };
  const state = { generation: 1, asked: 0, rendered: 0, failing: false };
  const cache = new PublicPageCache({
    generation: async () => {
      state.asked++;
      if (state.failing) throw new Error('the database does not answer');
      return state.generation;
    },
    render: async (path) => render(path, ++state.rendered),
    contentSecurityPolicy: "script-src 'none'",
    now: () => clock.now,
  });
  const body = async (path: string) => {
    const answer = await cache.answer(path);
    if (!answer || !('page' in answer)) throw new Error('not kept');
    return answer.page.body.toString();
  };
  return { cache, clock, state, body };
}

const html = (text: string, init: ResponseInit = {}) =>
  new Response(`<p>${text}</p><script>x()</script>`, { ...init, headers: { 'content-type': 'text/html; charset=utf-8', 'x-powered-by': 'x', ...init.headers } });

describe('the public page cache', () => {
  it('renders a page once and serves it until the generation moves, asking at most once a period', async () => {
    const { cache, clock, state, body } = setUp();
    expect(await body('/a')).toBe('<p>/a #1</p>');
    const again = await cache.answer('/a');
    expect(again && 'page' in again && again.hit).toBe(true);
    expect(state.asked).toBe(1);

    state.generation = 2; // committed elsewhere: not seen before the period ends
    clock.now = CHECK_EVERY_MS - 1;
    expect(await body('/a')).toBe('<p>/a #1</p>');
    clock.now = CHECK_EVERY_MS;
    expect(await body('/a')).toBe('<p>/a #2</p>');
    expect(state.asked).toBe(2);
  });

  it('asks at once after a write through this server', async () => {
    const { cache, state, body } = setUp();
    await body('/a');
    state.generation = 2;
    cache.expectChange();
    expect(await body('/a')).toBe('<p>/a #2</p>');
  });

  it('renders again what is older than its maximum age (what changes with the clock alone)', async () => {
    const { clock, body } = setUp();
    await body('/a');
    clock.now = MAX_AGE_MS - 1;
    expect(await body('/a')).toBe('<p>/a #1</p>');
    clock.now = MAX_AGE_MS;
    expect(await body('/a')).toBe('<p>/a #2</p>');
  });

  it('renders a page once however many readers ask for it at once', async () => {
    const { cache, state } = setUp();
    const answers = await Promise.all(Array.from({ length: 20 }, () => cache.answer('/a')));
    expect(state.rendered).toBe(1);
    expect(state.asked).toBe(1);
    expect(new Set(answers.map((answer) => answer && 'page' in answer && answer.page.etag)).size).toBe(1);
  });

  it('keeps a page under the generation known before it was rendered, so that a change committed meanwhile renders it again', async () => {
    const { state, clock, body } = setUp((path, call) => {
      if (call === 1) state.generation = 2; // committed while the first rendering read the database
      return html(`${path} #${call}`);
    });
    expect(await body('/a')).toBe('<p>/a #1</p>');
    clock.now = CHECK_EVERY_MS;
    expect(await body('/a')).toBe('<p>/a #2</p>');
  });

  it('passes on what is not a page to keep, and keeps nothing of it', async () => {
    const { cache, state } = setUp((path, call) =>
      call === 1 ? new Response('not here', { status: 404, headers: { 'content-type': 'text/html', 'content-length': '8' } }) : html(path, { headers: { 'set-cookie': 'a=b' } }),
    );
    const missing = await cache.answer('/a');
    expect(missing && 'passed' in missing && missing.passed).toMatchObject({ status: 404, headers: [['content-type', 'text/html']] });
    expect(missing && 'passed' in missing && missing.passed.body.toString()).toBe('not here');
    const withCookie = await cache.answer('/a');
    expect(withCookie && 'passed' in withCookie).toBe(true);
    await cache.answer('/a');
    expect(state.rendered).toBe(3);
  });

  it('serves kept pages as they are while the database does not answer, and steps aside when it never did', async () => {
    const { cache, clock, state, body } = setUp();
    state.failing = true;
    expect(await cache.answer('/a')).toBeUndefined();
    state.failing = false;
    clock.now = CHECK_EVERY_MS;
    expect(await body('/a')).toBe(`<p>/a #1</p>`);
    state.failing = true;
    clock.now = 2 * CHECK_EVERY_MS;
    expect(await body('/a')).toBe(`<p>/a #1</p>`);
  });

  it("keeps the page's own headers, the policy without scripts, and a compressed copy", async () => {
    const { cache } = setUp();
    const answer = await cache.answer('/a');
    if (!answer || !('page' in answer)) throw new Error('not kept');
    expect(answer.page.headers).toEqual({ 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" });
    expect(answer.page.gzipped.length).toBeGreaterThan(0);
    expect(answer.page.etag).toMatch(/^"[\w-]{27}"$/);
  });
});
