import 'server-only';
import { createHmac } from 'node:crypto';
import { serverEnv } from '@/lib/env';

/**
 * Keyed with the server's secret, so that a throttle's rows name no address or IP, and cannot be
 * matched to one by hashing guesses (every IPv4 address is a small enough guess). `purpose` keeps
 * the hashes of one throttle from matching another's.
 */
export const keyedHash = (purpose: 'sign-in' | 'signup', kind: 'address' | 'client', value: string) =>
  createHmac('sha256', serverEnv().AUTH_SECRET).update(`${purpose} ${kind}:${value}`).digest('hex');
