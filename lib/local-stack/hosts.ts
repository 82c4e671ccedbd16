import os from 'node:os';

/** Where the local app listens unless TURA_HOST opens it to the network. */
export const LOOPBACK = '127.0.0.1';

/** The host the app listens on: TURA_HOST, else this machine only. */
export function appHost(env: Record<string, string | undefined> = process.env): string {
  return env.TURA_HOST || LOOPBACK;
}

/** A peer on this machine: 127.0.0.0/8 or ::1, also as an IPv4-mapped IPv6 address. */
export function isLoopbackAddress(address: string | null | undefined): boolean {
  if (!address) return false;
  const ipv4 = address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(ipv4) || address === '::1';
}

/** This machine's IPv4 addresses on its network interfaces, loopback excluded. */
export function networkAddresses(): string[] {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)
    .map((entry) => entry!.address);
}

/**
 * The host names a browser reaches the app by when it listens on `host`, the first one to show:
 * for 0.0.0.0 or ::, this machine and every address of its network interfaces.
 */
export function reachableHosts(host: string): string[] {
  if (host === LOOPBACK) return ['localhost', LOOPBACK];
  if (host !== '0.0.0.0' && host !== '::') return [host];
  return ['localhost', LOOPBACK, ...networkAddresses()];
}

/** `http://host:port`, with an IPv6 address in brackets. */
export function httpUrl(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
