import { expect, test, type APIRequestContext } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DEMO, signInAs } from './auth';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_MEETING = '62000000-0000-4000-8000-000000000001';

/** What fills the other dynamic segments of a route while one of them is malformed: real records. */
const VALID: Record<string, string> = { id: SEEDED_ROUND, meetingId: SEEDED_MEETING, number: '1' };

/** Segments no id could be, as an address carries them (already percent-encoded where needed). */
const MALFORMED = [
  'abc',
  '1;%20drop%20table%20rounds;--',
  '-1',
  '1.5',
  '1e3',
  '9'.repeat(30),
  'x'.repeat(1000),
  // A UUID one character short, one too long, and one of the wrong variant.
  '40000000-0000-4000-8000-00000000000',
  '40000000-0000-4000-8000-0000000000021',
  '40000000-0000-4000-c000-000000000002',
  '%27%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%00',
  '%2F..%2F..%2Fetc%2Fpasswd',
  '%E0%A4%A',
  '%C0%AF',
  encodeURIComponent('żółw'),
];

/** The name of a dynamic segment ('[id]' → 'id'), or undefined for a fixed one and a catch-all. */
const dynamic = (segment: string) => /^\[(\w+)\]$/.exec(segment)?.[1];

interface Route {
  /** The route as the app's folders name it: 'tury/[id]/wersje/[number]', 'api/meetings/[id]/calendar'. */
  name: string;
  segments: string[];
  page: boolean;
}

/**
 * Every page and route handler under app/ with a dynamic segment ([id], [meetingId], [number]…),
 * from the folders themselves, so that a new route is walked too. The language ([locale]) and the
 * catch-alls are not ids: an unknown address is the catch-all's 404, and next-auth's own routes
 * are tested by the sign-in suite.
 */
function dynamicRoutes(): Route[] {
  return (readdirSync('app', { recursive: true }) as string[])
    .filter((file) => ['page.tsx', 'route.ts'].includes(path.basename(file)))
    .map((file) => {
      const segments = path.dirname(file).split(path.sep).filter((folder) => folder !== '[locale]' && !/^\(.+\)$/.test(folder));
      return { name: segments.join('/'), segments, page: path.basename(file) === 'page.tsx' };
    })
    .filter((route) => route.segments.some(dynamic) && !route.segments.some((segment) => segment.startsWith('[...')))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A value of the right form that names no record. */
const ABSENT: Record<string, string> = { number: '99999' };
const ABSENT_ID = '00000000-0000-4000-8000-000000000000';

/**
 * The route's addresses with one dynamic segment malformed and the others real, and for each
 * segment the address with a well-formed value that names nothing, to compare with.
 */
function addressesOf(route: Route): { absent: string; malformed: string[] }[] {
  const real = (segment: string) => {
    const name = dynamic(segment);
    return name ? VALID[name]! : segment;
  };
  const address = (index: number, value: string) => '/' + route.segments.map((segment, position) => (position === index ? value : real(segment))).join('/');
  return route.segments.flatMap((segment, index) => {
    const name = dynamic(segment);
    return name ? [{ absent: address(index, ABSENT[name] ?? ABSENT_ID), malformed: MALFORMED.map((value) => address(index, value)) }] : [];
  });
}

/** The app's own 404 page: its status and its heading, never Next.js's bare page or an error. */
const NOT_FOUND_HEADING = 'Nie ma takiej strony';

interface Answer {
  status: number;
  location: string;
  body: string;
  /** Whether it carries the app's Content-Security-Policy, as everything the app answers does. */
  policy: boolean;
}

async function answer(request: APIRequestContext, address: string): Promise<Answer> {
  const response = await request.get(address, { maxRedirects: 0 });
  const headers = response.headers();
  return { status: response.status(), location: headers.location ?? '', body: await response.text(), policy: Boolean(headers['content-security-policy']) };
}

/** Those of the addresses that do not answer with the app's 404 page (its heading in the address's language), and what they answer. */
async function notAppNotFound(request: APIRequestContext, addresses: string[], heading: string): Promise<string[]> {
  const wrong: string[] = [];
  for (const address of addresses) {
    const { status, body, policy } = await answer(request, address);
    if (status !== 404 || !body.includes(heading) || !policy) wrong.push(`${address.slice(0, 80)}: ${status}`);
  }
  return wrong;
}

test.describe('a malformed id in any address', () => {
  test.describe.configure({ mode: 'serial' });
  const routes = dynamicRoutes();
  let coordinator: APIRequestContext;

  test.beforeAll(async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    await signInAs(await context.newPage(), DEMO.coordinator);
    coordinator = context.request;
  });

  test('the walk finds the routes with ids, the public, the panel\'s and the downloads', () => {
    const names = routes.map((route) => route.name);
    expect(names).toEqual(expect.arrayContaining(['tury/[id]', 'tury/[id]/wersje/[number]', 'tury/[id]/spotkania/[meetingId]/zapis', 'panel/tury/[id]', 'api/rounds/[id]/register/xlsx']));
    expect(routes.length).toBeGreaterThanOrEqual(35);
  });

  for (const route of routes) {
    test(`${route.name} answers 404 to a malformed value, for a visitor and for the coordinator`, async ({ request }) => {
      const notFound = (answered: Answer) => answered.status === 404 && answered.policy && (!route.page || answered.body.includes(NOT_FOUND_HEADING));
      // The answer to anyone the route refuses whatever the id: no session (sign in, 401), or no permission (403).
      const refusal = (answered: Answer) => [401, 403].includes(answered.status) || (answered.status >= 300 && answered.status < 400 && answered.location.includes('/signin'));
      const wrong: string[] = [];
      for (const [who, caller] of [['visitor', request], ['coordinator', coordinator]] as const) {
        for (const { absent, malformed } of addressesOf(route)) {
          const expected = await answer(caller, absent);
          if (!notFound(expected) && !refusal(expected)) wrong.push(`${who} ${absent}: ${expected.status}`);
          for (const address of malformed) {
            const answered = await answer(caller, address);
            const same = refusal(expected) && answered.status === expected.status;
            if (!notFound(answered) && !same) wrong.push(`${who} ${address.length > 80 ? `${address.slice(0, 80)}…` : address}: ${answered.status} ${answered.location}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  test('the English pages answer with the English 404', async ({ request }) => {
    expect(await notAppNotFound(request, MALFORMED.map((value) => `/en/tury/${value}`), 'Page not found')).toEqual([]);
  });

  test('a malformed language before a real address is the app\'s 404 too', async ({ request }) => {
    expect(await notAppNotFound(request, MALFORMED.map((value) => `/${value}/tury/${SEEDED_ROUND}`), NOT_FOUND_HEADING)).toEqual([]);
  });
});
