import http from 'node:http';
import { apiAuthorizer } from './api-auth';
import type { ProjectKeys } from './project-keys';
import { forwardRequest, listen } from './proxy';

function answerJson(response: http.ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * Serves PostgREST under `/rest/v1`, where supabase-js expects it on a Supabase project, and lets
 * through only what Supabase's gateway would (lib/local-stack/api-auth.ts), so the app and the
 * tests meet the same rules as against Supabase.
 */
export async function startApiGateway(options: { port: number; postgrestPort: number; keys: ProjectKeys }): Promise<{ stop(): Promise<void> }> {
  const authorize = await apiAuthorizer(options.keys);
  const server = http.createServer(async (request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith('/rest/v1/') && url !== '/rest/v1') return answerJson(response, 404, { message: `No local service at ${url}` });
    const verdict = await authorize(request.headers);
    if ('refused' in verdict) {
      request.resume();
      return answerJson(response, 401, verdict.refused);
    }
    forwardRequest(request, response, {
      name: 'PostgREST',
      port: options.postgrestPort,
      path: url.slice('/rest/v1'.length) || '/',
      headers: { ...request.headers, host: `127.0.0.1:${options.postgrestPort}`, authorization: `Bearer ${verdict.token}` },
    });
  });
  return listen(server, options.port, '127.0.0.1');
}
