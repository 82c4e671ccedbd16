import net from 'node:net';

export class PortInUseError extends Error {
  constructor(port: number, what: string, variable: string) {
    super(
      `Port ${port} (${what}) is already in use. Stop the program holding it (\`lsof -i :${port}\` shows which) ` +
        `or choose another port with ${variable}=…`,
    );
    this.name = 'PortInUseError';
  }
}

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : port));
    });
  });
}

/** Fails at once, with a message saying what to do, when `port` is taken. */
export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new PortInUseError(port, what, variable);
    throw error;
  }
}

/** A port the system has just reported free, for tests that run beside a developer's stack. */
export function freePort(): Promise<number> {
  return listenOnce(0);
}
