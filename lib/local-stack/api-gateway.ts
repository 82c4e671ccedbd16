import http from 'node:http';
import { forwardRequest, listen } from './proxy';

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
    forwardRequest(request, response, {
      name: 'PostgREST',
      port: options.postgrestPort,
      path: url.slice('/rest/v1'.length) || '/',
      headers: { ...request.headers, host: `127.0.0.1:${options.postgrestPort}` },
    });
  });
  return listen(server, options.port, '127.0.0.1');
}
