/**
 * The production server (`npm start`, and `npm run start:local` on the local stack): Next.js, with
 * the public page cache in front of it. A visitor's read of a public page is answered from memory,
 * without rendering and without scripts (lib/public-cache); everything else goes to Next.js as
 * under `next start`. Several such servers may run on one database: they share nothing else.
 *
 *   tsx lib/runtime/server.ts [--hostname localhost] [--port 3000]
 */
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import next from 'next';
import { PublicPageCache, type CacheAnswer, type KeptPage } from '@/lib/public-cache/cache';
import { cacheKey } from '@/lib/public-cache/pages';
import { scriptlessContentSecurityPolicy } from '@/lib/security/headers';
import { createSupabaseClient } from '@/lib/supabase/create';

const { values } = parseArgs({ options: { hostname: { type: 'string' }, port: { type: 'string' } } });
const hostname = values.hostname ?? process.env.HOSTNAME ?? 'localhost';
const port = Number(values.port ?? process.env.PORT ?? 3000);
const dir = path.resolve(import.meta.dirname, '../..');

/** A request the cache makes of the app to render a page carries this secret, new at each start: it goes to Next.js. */
const RENDER_HEADER = 'x-tura-render';
const renderSecret = randomBytes(24).toString('base64url');

const app = next({ dev: false, dir, hostname, port });
const handle = app.getRequestHandler();
await app.prepare(); // loads .env files too

const anon = createSupabaseClient(process.env.SUPABASE_URL ?? '', process.env.SUPABASE_PUBLISHABLE_KEY ?? '');
let renderBase = '';
const cache = new PublicPageCache({
  async generation() {
    const { data, error } = await anon.rpc('public_generation');
    if (error) throw new Error(error.message);
    return Number(data);
  },
  render: (pagePath) =>
    fetch(`${renderBase}${pagePath}`, {
      redirect: 'manual',
      // As a visitor without cookies asks; the body uncompressed, so that the cache compresses what it keeps.
      headers: { [RENDER_HEADER]: renderSecret, 'accept-encoding': 'identity' },
    }),
  contentSecurityPolicy: scriptlessContentSecurityPolicy(),
});

function sendKept(request: http.IncomingMessage, response: http.ServerResponse, page: KeptPage, hit: boolean): void {
  const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.setHeaders(new Map(Object.entries(page.headers)));
  // Browsers keep the page but ask each time whether it changed: a 304 when it did not.
  response.setHeader('cache-control', 'no-cache');
  response.setHeader('etag', page.etag);
  response.setHeader('vary', 'Accept-Encoding');
  response.setHeader('x-tura-cache', hit ? 'hit' : 'miss');
  if (request.headers['if-none-match'] === page.etag) {
    response.writeHead(304).end();
    return;
  }
  const body = gzip ? page.gzipped : page.body;
  if (gzip) response.setHeader('content-encoding', 'gzip');
  response.setHeader('content-length', body.length);
  response.writeHead(page.status).end(request.method === 'HEAD' ? undefined : body);
}

function send(request: http.IncomingMessage, response: http.ServerResponse, answer: CacheAnswer): void {
  if ('page' in answer) return sendKept(request, response, answer.page, answer.hit);
  const { status, headers, body } = answer.passed;
  for (const [name, value] of headers) response.appendHeader(name, value);
  response.writeHead(status).end(request.method === 'HEAD' ? undefined : body);
}

/**
 * An address that does not decode ("/tury/%E0%A4%A") or holds a control character ("%00") names
 * nothing, but Next.js's router fails on the first (a 500) before the proxy's own answer (proxy.ts)
 * can apply, and drops the second, answering the page above it (/panel/miejsca/%00 was the list of
 * venues). Either is asked instead as an address no route takes, so that the app's 404 page
 * answers, in English under /en. API routes answer their plain 404 by themselves.
 */
function namelessAsMissing(request: http.IncomingMessage): void {
  const url = request.url ?? '/';
  let names = true;
  try {
    names = !/[\u0000-\u001f\u007f]/.test(decodeURIComponent(url.split('?')[0]!));
  } catch {
    names = false;
  }
  if (!names && !url.startsWith('/api/')) request.url = `${/^\/en(\/|$)/.test(url) ? '/en' : ''}/nie-ma-takiej-strony`;
}

const server = http.createServer((request, response) => {
  namelessAsMissing(request);
  const key = request.headers[RENDER_HEADER] === renderSecret ? null : cacheKey(request);
  if (key === null) {
    // A write may have changed what visitors read: this server asks the database before its next page.
    if (request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS') response.once('finish', () => cache.expectChange());
    void handle(request, response);
    return;
  }
  cache.answer(key).then(
    (answer) => (answer ? send(request, response, answer) : void handle(request, response)),
    // Rendering through the cache failed (it cannot reach the app?): the app answers by itself.
    () => void handle(request, response),
  );
});

server.listen(port, hostname, () => {
  const { address } = server.address() as AddressInfo;
  const local = address === '::' || address === '0.0.0.0' ? '127.0.0.1' : address.includes(':') ? `[${address}]` : address;
  renderBase = `http://${local}:${port}`;
  console.log(`✓ Ready at http://${hostname}:${port} (Next.js behind the public page cache)`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void app.close().finally(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
