import http from 'node:http';
import { forwardRequest, forwardUpgrade, listen, type Upstream } from './proxy';

/**
 * Stands in front of `next dev` when TURA_HOST opens the app to the network. Next.js itself then
 * listens on 127.0.0.1 only, and every request reaches it with X-Forwarded-For set to the peer's
 * real address: Next.js keeps that header when a client sends it, so without this front anyone
 * could claim to be 127.0.0.1 (the outbox page answers this machine only). WebSocket upgrades pass
 * too, for hot reload.
 */
export function startDevFront(options: { host: string; port: number; nextPort: number }): Promise<{ stop(): Promise<void> }> {
  const upstream = (request: http.IncomingMessage): Upstream => ({
    name: 'Next.js',
    port: options.nextPort,
    path: request.url ?? '/',
    headers: { ...request.headers, 'x-forwarded-for': request.socket.remoteAddress ?? '' },
  });
  const server = http.createServer((request, response) => forwardRequest(request, response, upstream(request)));
  server.on('upgrade', (request, socket, head) => forwardUpgrade(request, socket, head, upstream(request)));
  return listen(server, options.port, options.host);
}
