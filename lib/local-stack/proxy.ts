import http, { type IncomingHttpHeaders } from 'node:http';
import type { Duplex } from 'node:stream';

/** Where one request goes: a port on 127.0.0.1, the path there, and the headers it carries. */
export interface Upstream {
  port: number;
  path: string;
  headers: IncomingHttpHeaders;
  /** Names the upstream in the 502 answer when it does not answer. */
  name: string;
}

/** Passes `request` on to `upstream` and its answer back, both streamed. */
export function forwardRequest(request: http.IncomingMessage, response: http.ServerResponse, upstream: Upstream): void {
  const proxied = http.request(
    { host: '127.0.0.1', port: upstream.port, method: request.method, path: upstream.path, headers: upstream.headers },
    (upstreamResponse) => {
      response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
      upstreamResponse.pipe(response);
    },
  );
  proxied.on('error', (error) => {
    if (response.headersSent) return response.destroy();
    response.writeHead(502, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ message: `${upstream.name} is not answering: ${error.message}` }));
  });
  request.pipe(proxied);
}

/** Passes a WebSocket upgrade on to `upstream` and joins the two sockets once it accepts. */
export function forwardUpgrade(request: http.IncomingMessage, socket: Duplex, head: Buffer, upstream: Upstream): void {
  const proxied = http.request({ host: '127.0.0.1', port: upstream.port, method: request.method, path: upstream.path, headers: upstream.headers });
  proxied.on('upgrade', (upstreamResponse, upstreamSocket, upstreamHead) => {
    const lines = [`HTTP/1.1 101 ${upstreamResponse.statusMessage ?? 'Switching Protocols'}`];
    for (let i = 0; i < upstreamResponse.rawHeaders.length; i += 2) lines.push(`${upstreamResponse.rawHeaders[i]}: ${upstreamResponse.rawHeaders[i + 1]}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (upstreamHead.length > 0) socket.write(upstreamHead);
    if (head.length > 0) upstreamSocket.write(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
    upstreamSocket.on('error', () => socket.destroy());
    socket.on('error', () => upstreamSocket.destroy());
  });
  // Refused with a plain HTTP answer instead of 101: pass its status on, and close.
  proxied.on('response', (upstreamResponse) => {
    upstreamResponse.resume();
    socket.end(`HTTP/1.1 ${upstreamResponse.statusCode} ${upstreamResponse.statusMessage ?? ''}\r\nconnection: close\r\n\r\n`);
  });
  proxied.on('error', () => socket.destroy());
  proxied.end();
}

/** Listens on `host`:`port`; `stop()` closes every open connection, upgraded ones too, so no port stays taken. */
export async function listen(server: http.Server, port: number, host: string): Promise<{ stop(): Promise<void> }> {
  server.keepAliveTimeout = 5_000;
  const sockets = new Set<Duplex>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const socket of sockets) socket.destroy();
      }),
  };
}
