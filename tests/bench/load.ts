import autocannon from 'autocannon';

export interface Load {
  /** Requests (or, for a sequence, sequences) answered per second. */
  perSecond: number;
  p50: number;
  p97_5: number;
  errors: number;
}

export interface LoadOptions {
  connections?: number;
  seconds?: number;
  headers?: Record<string, string>;
  /** Several requests per round (a page's queries): the figures are per round, not per request. */
  sequence?: { method?: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }[];
}

/**
 * autocannon against `url` for a few seconds, as 10 readers at once by default. Latencies are those
 * of single requests (for a sequence: of its requests; the per-round figure is its throughput).
 */
export async function load(url: string, options: LoadOptions = {}): Promise<Load> {
  const result = await autocannon({
    url,
    connections: options.connections ?? 10,
    duration: options.seconds ?? 5,
    headers: options.headers,
    requests: options.sequence,
  });
  const rounds = options.sequence?.length ?? 1;
  const failed = result.errors + result.timeouts + result.non2xx;
  return { perSecond: result.requests.average / rounds, p50: result.latency.p50, p97_5: result.latency.p97_5, errors: failed };
}

/** Runs `work` for each item with at most `concurrency` at once; the wall time in ms. */
export async function concurrently<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<number> {
  const started = performance.now();
  const queue = [...items];
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
  return performance.now() - started;
}
