import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { withoutScripts } from './html';

/**
 * The public pages, rendered once and kept, in each web server's memory.
 *
 * A page is kept under the database's public generation (supabase/migrations/…_public_pages_generation.sql),
 * which moves in the same transaction as any change to what visitors may read. Every server asks
 * for it at most once per CHECK_EVERY_MS, and at once after a write passed through it; a page kept
 * under another number is rendered again. So a change shows on the server that made it at the next
 * request, and on every other server within CHECK_EVERY_MS, whatever the number of servers: they
 * share nothing but the database.
 *
 * What changes with the clock alone (a meeting's sign-up closes when it starts) shows within MAX_AGE_MS.
 */
export const CHECK_EVERY_MS = 1_000;
export const MAX_AGE_MS = 60_000;
/** Pages without scripts weigh 10–60 kB: this keeps a thousand or more. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The headers a kept page is served with, taken from its first rendering; the others describe that one response only. */
const KEPT_HEADERS = ['content-type', 'content-disposition', 'content-language', 'referrer-policy', 'permissions-policy', 'x-content-type-options', 'strict-transport-security'];

/** Headers of the app's answer that described its transport to the cache, not the answer passed on. */
const PASSED_BY_TRANSPORT = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'content-encoding', 'date']);

export interface KeptPage {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  generation: number;
  renderedAt: number;
}

export interface PublicPageCacheOptions {
  /** The database's public generation. */
  generation: () => Promise<number>;
  /** The page at `path` as a visitor gets it from the app. */
  render: (path: string) => Promise<Response>;
  /** The Content-Security-Policy of a page without scripts. */
  contentSecurityPolicy: string;
  now?: () => number;
}

/** The app's own answer, passed on as it is, when it is not a page to keep (a 404, a redirect, an error). */
export interface PassedAnswer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

/** A kept page (hit: it was kept already), or what the app answered instead. Several readers may share one. */
export type CacheAnswer = { page: KeptPage; hit: boolean } | { passed: PassedAnswer };

export class PublicPageCache {
  private readonly pages = new Map<string, KeptPage>();
  private readonly rendering = new Map<string, Promise<CacheAnswer>>();
  private bytes = 0;
  private known: { generation: number; askedAt: number } | undefined;
  private asking: Promise<number | undefined> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: PublicPageCacheOptions) {
    this.now = options.now ?? Date.now;
  }

  /** A write went through this server: the next page is served only after asking the database. */
  expectChange(): void {
    if (this.known) this.known.askedAt = -Infinity;
  }

  /**
   * The page at `path`, kept or rendered now, or undefined when the database cannot say its
   * generation and nothing was known before (the app then answers by itself, as without the cache).
   */
  async answer(path: string): Promise<CacheAnswer | undefined> {
    const generation = await this.generation();
    if (generation === undefined) return undefined;
    const kept = this.pages.get(path);
    if (kept && kept.generation === generation && this.now() - kept.renderedAt < MAX_AGE_MS) {
      // Most recently used last: the first in the map is the first to go.
      this.pages.delete(path);
      this.pages.set(path, kept);
      return { page: kept, hit: true };
    }
    // One rendering per page and generation, however many readers ask at once.
    const key = `${generation} ${path}`;
    let rendering = this.rendering.get(key);
    if (!rendering) {
      rendering = this.render(path, generation).finally(() => this.rendering.delete(key));
      this.rendering.set(key, rendering);
    }
    return rendering;
  }

  /**
   * The generation as last asked, asked again when older than CHECK_EVERY_MS. When the database
   * does not answer, the pages already kept are served as they are (they are what it last said),
   * and it is asked again a period later.
   */
  private async generation(): Promise<number | undefined> {
    if (this.known && this.now() - this.known.askedAt < CHECK_EVERY_MS) return this.known.generation;
    this.asking ??= this.options
      .generation()
      .then((generation) => {
        // Pages of an earlier generation will not be served again: their memory is freed now.
        if (this.known && this.known.generation !== generation) {
          this.pages.clear();
          this.bytes = 0;
        }
        this.known = { generation, askedAt: this.now() };
        return generation;
      })
      .catch(() => {
        if (this.known) this.known.askedAt = this.now();
        return this.known?.generation;
      })
      .finally(() => {
        this.asking = undefined;
      });
    return this.asking;
  }

  /**
   * Renders the page and keeps it under `generation`, the number known before the rendering began:
   * a change committed meanwhile moves the number past it, so the page is rendered again.
   */
  private async render(path: string, generation: number): Promise<CacheAnswer> {
    const response = await this.options.render(path);
    const raw = Buffer.from(await response.arrayBuffer());
    if (response.status !== 200 || response.headers.has('set-cookie')) {
      return { passed: { status: response.status, headers: [...response.headers].filter(([name]) => !PASSED_BY_TRANSPORT.has(name)), body: raw } };
    }
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = response.headers.get(name);
      if (value !== null) headers[name] = value;
    }
    const html = headers['content-type']?.startsWith('text/html');
    const body = html ? Buffer.from(withoutScripts(raw.toString('utf8'))) : raw;
    if (html) headers['content-security-policy'] = this.options.contentSecurityPolicy;
    const page: KeptPage = {
      status: 200,
      headers,
      body,
      gzipped: gzipSync(body),
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
      generation,
      renderedAt: this.now(),
    };
    this.keep(path, page);
    return { page, hit: false };
  }

  private keep(path: string, page: KeptPage): void {
    const size = (kept: KeptPage) => kept.body.length + kept.gzipped.length;
    const previous = this.pages.get(path);
    if (previous) {
      this.pages.delete(path);
      this.bytes -= size(previous);
    }
    this.pages.set(path, page);
    this.bytes += size(page);
    for (const [oldest, kept] of this.pages) {
      if (this.bytes <= MAX_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= size(kept);
    }
  }
}
