import http from 'node:http';

/**
 * Serves PostgREST under `/rest/v1`, where supabase-js expects it on a Supabase project, so the
 * app talks to the local stack exactly as it talks to Supabase.
 */
export async function startApiGateway(options: { port: number; postgrestPort: number }): Promise<{ stop(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith('/rest/v1/') && url !== '/rest/v1') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `No local service at ${url}` }));
      return;
    }
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: options.postgrestPort,
        method: request.method,
        path: url.slice('/rest/v1'.length) || '/',
        headers: { ...request.headers, host: `127.0.0.1:${options.postgrestPort}` },
      },
      (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(response);
      },
    );
    upstream.on('error', (error) => {
      response.writeHead(502, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ message: `PostgREST is not answering: ${error.message}` }));
    });
    request.pipe(upstream);
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
