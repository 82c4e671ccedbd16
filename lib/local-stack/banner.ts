import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/auth/demo';
import { LOOPBACK } from './hosts';
import type { RunningStack } from './stack';

export const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** What `npm run dev` and `npm run start:local` print once the app answers: where it is, and how to sign in. */
export function banner(options: {
  nextCommand: 'dev' | 'start';
  /** Where the app is reached, the first one to show. */
  urls: string[];
  host: string;
  /** Where Next.js itself listens, when a front stands before it. */
  nextUrl?: string;
  database: string;
  stack: RunningStack;
  startedMs: number;
}): string {
  const { urls, host, stack } = options;
  const url = urls[0]!;
  const { prepared, timings } = stack;
  // How this machine reaches the app as itself, which is whom the outbox answers.
  const localUrl = urls.find((candidate) => new URL(candidate).hostname === 'localhost') ?? options.nextUrl ?? url;
  const mail = process.env.RESEND_API_KEY ? 'E-mails go out through Resend' : 'E-mails stay on this machine';
  return [
    '',
    `  Tura is running at ${urls.join(', ')}`,
    host === LOOPBACK
      ? '  It answers this machine only; TURA_HOST=0.0.0.0 opens it to your network.'
      : `  Open to the network (TURA_HOST=${host})${options.nextUrl ? `; Next.js itself listens on ${options.nextUrl} only` : ''}.`,
    `  Database: ${options.database}; ${plural(prepared.applied.length, 'migration')} applied now${prepared.seeded ? ', demo data seeded' : ''}`,
    `  Supabase API (PostgREST): ${stack.env.SUPABASE_URL}/rest/v1`,
    `  Started in ${seconds(options.startedMs)} (database ${seconds(timings.database)}, ` +
      `migrations ${seconds(timings.migrations)}, PostgREST ${seconds(timings.postgrest)}). Ctrl-C stops everything.`,
    '',
    `  Demo accounts (password: ${DEMO_PASSWORD}), at ${url}/signin:`,
    ...DEMO_ACCOUNTS.map((account) => `    ${account.role.padEnd(12)} ${account.email}`),
    options.nextCommand === 'dev'
      ? `  ${mail}; read them at ${localUrl}/dev/outbox (on this machine only).`
      : `  ${mail}; the page that shows them exists under \`npm run dev\` only.`,
    '',
  ].join('\n');
}
