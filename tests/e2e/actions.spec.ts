import { expect, test, type APIRequestContext, type Browser } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { encode } from 'next-auth/jwt';
import { can, type Permission } from '@/lib/auth/permissions';
import { APP_ROLES, type AppRole } from '@/lib/auth/roles';
import { DEMO, signInAs } from './auth';
import { manifestActions, postAction } from './server-actions';
import { auditedWrites, E2E_AUTH_SECRET, serviceDb } from './stack';

/**
 * Every server action and route handler, called as an attacker would: a forged request straight to
 * it, skipping the page and its guard, with no session, an expired session and every role that
 * lacks the permission. Each must refuse and write nothing (the audit log, which records every
 * write, gains no row). An action or route that is not in these tables fails the suite.
 */

const SEEDED_PROGRAMME = '30000000-0000-4000-8000-000000000001';
const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_TEAM = '50000000-0000-4000-8000-000000000004';
const SEEDED_VENUE = '60000000-0000-4000-8000-000000000001';
const SEEDED_COORDINATOR = '20000000-0000-4000-8000-000000000001';
const SEEDED_MODERATOR = '20000000-0000-4000-8000-000000000003';
const SEEDED_DRAFT_ASSUMPTION = '70000000-0000-4000-8000-000000000017';
const SEEDED_OPEN_ASSUMPTION = '70000000-0000-4000-8000-000000000001';
const SEEDED_UNASKED_DEPARTMENT = '10000000-0000-4000-8000-000000000006';
const SEEDED_AWAITING_OPINION = '73000000-0000-4000-8000-000000000031';
// The sport team's meeting of 11.10.2011 (held; its moderator is not the demo one), the economic
// development team's (not held), and Wydział Sportu's open follow-up (supabase/seed.sql).
const SEEDED_HELD_MEETING = '62000000-0000-4000-8000-000000000001';
const SEEDED_NOT_HELD_MEETING = '62000000-0000-4000-8000-000000000008';
const SEEDED_OPEN_FOLLOW_UP = '63000000-0000-4000-8000-000000000002';
const SEEDED_SPORTS_DEPARTMENT = '10000000-0000-4000-8000-000000000002';
const marker = `Sfałszowane ${Date.now()}`;

interface Seeded {
  meetingId: string;
  /** When the draft assumption's text was last saved: an edit based on it would be saved. */
  draftSavedAt: string;
}

const meetingInput = (seeded: Seeded) => ({
  roundId: SEEDED_ROUND, teamId: SEEDED_TEAM, scope: '', venueId: SEEDED_VENUE, roomId: '',
  date: '2011-12-01', time: '10:00', durationMinutes: 60, isPublic: true, changeReason: marker, id: seeded.meetingId,
});
// Wydział Sportu's draft on the principles of cooperation, and ZIKiT's opinion awaiting a decision (supabase/seed.sql).
const SEEDED_DRAFT_REQUEST = '72000000-0000-4000-8000-000000000002';
const SEEDED_SUBMITTED_REQUEST = '72000000-0000-4000-8000-000000000011';
const opinionInput = (intent: 'save' | 'submit') => ({ requestId: SEEDED_DRAFT_REQUEST, expectedVersion: 2, stance: 'objects', justification: marker, proposedWording: '', intent });
const importInput = { roundId: SEEDED_ROUND, text: 'ZESPÓŁ DS. KULTURY\tMOWIS\t01.12.2011 r. godz. 10.00', durationMinutes: 120, createVenues: [], changeReason: marker };

/** The permission each action needs ('public': sign-in and sign-out), and an input that would write if it were allowed. */
const ACTIONS: Record<string, { permission: Permission | 'public'; input: (seeded: Seeded) => unknown }> = {
  createProgrammeAction: { permission: 'programmes.manage', input: () => ({ title: marker, yearFrom: 2020, yearTo: 2022 }) },
  updateProgrammeAction: { permission: 'programmes.manage', input: () => ({ id: SEEDED_PROGRAMME, title: marker, yearFrom: 2012, yearTo: 2014 }) },
  removeProgrammeAction: { permission: 'programmes.manage', input: () => ({ id: SEEDED_PROGRAMME }) },
  createRoundAction: { permission: 'rounds.manage', input: () => ({ programmeId: SEEDED_PROGRAMME, number: 77, title: marker, startsOn: '', endsOn: '', isPublic: true }) },
  updateRoundAction: { permission: 'rounds.manage', input: () => ({ id: SEEDED_ROUND, programmeId: SEEDED_PROGRAMME, number: 2, title: marker, startsOn: '', endsOn: '', isPublic: true }) },
  changeRoundStatusAction: { permission: 'rounds.manage', input: () => ({ roundId: SEEDED_ROUND, status: 'closed' }) },
  setRoundDepartmentsAction: { permission: 'rounds.manage', input: () => ({ roundId: SEEDED_ROUND, departmentIds: [] }) },
  inviteUserAction: { permission: 'users.manage', input: () => ({ email: `falsz-${Date.now()}@tura.test`, fullName: marker, role: 'coordinator', departmentId: '' }) },
  changeUserRoleAction: { permission: 'users.manage', input: () => ({ userId: SEEDED_MODERATOR, role: 'coordinator', departmentId: '' }) },
  setUserActiveAction: { permission: 'users.manage', input: () => ({ userId: SEEDED_MODERATOR, active: false }) },
  createTeamAction: { permission: 'teams.manage', input: () => ({ programmeId: SEEDED_PROGRAMME, name: marker }) },
  renameTeamAction: { permission: 'teams.manage', input: () => ({ id: SEEDED_TEAM, name: marker }) },
  removeTeamAction: { permission: 'teams.manage', input: () => ({ id: SEEDED_TEAM }) },
  assignModeratorAction: { permission: 'teams.manage', input: () => ({ teamId: SEEDED_TEAM, profileId: SEEDED_MODERATOR, startsOn: '2011-11-01' }) },
  endModerationAction: { permission: 'teams.manage', input: () => ({ teamId: SEEDED_TEAM, endsOn: '2011-11-01', reason: 'resigned' }) },
  createVenueAction: { permission: 'venues.manage', input: () => ({ name: marker, address: '', rooms: '1, 2' }) },
  updateVenueAction: { permission: 'venues.manage', input: () => ({ id: SEEDED_VENUE, name: marker, address: '' }) },
  removeVenueAction: { permission: 'venues.manage', input: () => ({ id: SEEDED_VENUE }) },
  saveRoomAction: { permission: 'venues.manage', input: () => ({ venueId: SEEDED_VENUE, id: '', name: marker }) },
  removeRoomAction: { permission: 'venues.manage', input: () => ({ id: SEEDED_VENUE }) },
  addMeetingAction: { permission: 'schedule.manage', input: meetingInput },
  updateMeetingAction: { permission: 'schedule.manage', input: meetingInput },
  cancelMeetingAction: { permission: 'schedule.manage', input: (seeded) => ({ id: seeded.meetingId, reason: marker }) },
  restoreMeetingAction: { permission: 'schedule.manage', input: (seeded) => ({ id: seeded.meetingId, changeReason: marker }) },
  previewImportAction: { permission: 'schedule.manage', input: () => importInput },
  importScheduleAction: { permission: 'schedule.manage', input: () => importInput },
  issueVersionAction: { permission: 'schedule.manage', input: () => ({ roundId: SEEDED_ROUND, asOf: '2011-12-01' }) },
  decideOpinionAction: { permission: 'opinions.decide', input: () => ({ opinionId: SEEDED_AWAITING_OPINION, outcome: 'rejected', justification: marker }) },
  saveOpinionAction: { permission: 'opinions.submit', input: () => opinionInput('submit') },
  withdrawOpinionAction: { permission: 'opinions.submit', input: () => ({ requestId: SEEDED_SUBMITTED_REQUEST }) },
  requestMagicLinkAction: { permission: 'public', input: () => ({ email: DEMO.moderator }) },
  demoSignInAction: { permission: 'public', input: () => ({ email: DEMO.coordinator, password: 'tura-demo' }) },
  signOutAction: { permission: 'public', input: () => ({}) },
  // Public (no account): guarded by the throttle, the honeypot and the meeting being open (tests/e2e/signups.spec.ts).
  requestMeetingSignupAction: {
    permission: 'public',
    input: () => ({ meetingId: SEEDED_ROUND, organisation: marker, personName: marker, email: `falsz-${Date.now()}@tura.test`, accessibilityNeeds: '', consent: true, website: '' }),
  },
  confirmMeetingSignupAction: { permission: 'public', input: () => ({ token: `${marker}-nieznany-link` }) },
  createAssumptionAction: {
    permission: 'assumptions.write',
    input: () => ({ programmeId: SEEDED_PROGRAMME, teamId: SEEDED_TEAM, kind: 'substantive', number: 990, title: marker, body: marker }),
  },
  editAssumptionAction: {
    permission: 'assumptions.write',
    input: (seeded) => ({ id: SEEDED_DRAFT_ASSUMPTION, basedOn: 1, basedOnSavedAt: seeded.draftSavedAt, title: marker, body: marker }),
  },
  openAssumptionsAction: { permission: 'assumptions.open', input: () => ({ assumptionIds: [SEEDED_DRAFT_ASSUMPTION] }) },
  requestOpinionsAction: {
    permission: 'opinions.request',
    input: () => ({ roundId: SEEDED_ROUND, departmentIds: [SEEDED_UNASKED_DEPARTMENT], assumptionIds: [SEEDED_OPEN_ASSUMPTION], deadline: '2099-12-31', remindDaysBefore: 3 }),
  },
  // The seed has nobody to ask again (that needs an answer to an older revision, not yet renewed);
  // the permission is refused before the database is asked anyway.
  askAgainAction: { permission: 'opinions.request', input: () => ({ assumptionId: SEEDED_OPEN_ASSUMPTION, departmentIds: [SEEDED_UNASKED_DEPARTMENT], deadline: '2099-12-31' }) },
  // Minutes of a seeded meeting: a first revision's draft submitted, or an approval (refused before the database is asked).
  saveMinutesAction: {
    permission: 'minutes.write',
    input: (seeded) => ({ meetingId: seeded.meetingId, expectedVersion: 0, attendance: marker, agenda: '', positions: '', decisions: '', followUps: '', intent: 'submit' }),
  },
  reviewMinutesAction: { permission: 'minutes.approve', input: (seeded) => ({ meetingId: seeded.meetingId, decision: 'approve', comment: '' }) },
  saveCoordinationMeetingAction: {
    permission: 'rounds.manage',
    input: () => ({ id: '', roundId: SEEDED_ROUND, expectedVersion: 0, title: marker, heldOn: '2011-09-29', venueId: '', participants: '', purpose: '', decisions: marker }),
  },
  saveSummarySectionAction: { permission: 'summary.edit', input: () => ({ roundId: SEEDED_ROUND, expectedVersion: 0, section: 'introduction', text: marker }) },
  restoreSummarySectionAction: { permission: 'summary.edit', input: () => ({ roundId: SEEDED_ROUND, expectedVersion: 0, section: 'introduction' }) },
  waiveMinutesAction: { permission: 'summary.edit', input: (seeded) => ({ meetingId: seeded.meetingId, reason: marker }) },
  withdrawWaiverAction: { permission: 'summary.edit', input: (seeded) => ({ meetingId: seeded.meetingId }) },
  recordOutcomeAction: {
    permission: 'meetings.record_outcome',
    input: () => ({ meetingId: SEEDED_NOT_HELD_MEETING, expectedVersion: 1, held: 'not_held', organisations: '', organisationCount: '', departmentIds: [], notHeldReason: 'other', note: marker }),
  },
  createFollowUpAction: { permission: 'minutes.write', input: () => ({ meetingId: SEEDED_HELD_MEETING, departmentId: SEEDED_SPORTS_DEPARTMENT, organisation: marker, subject: marker }) },
  updateFollowUpAction: { permission: 'follow_ups.update', input: () => ({ followUpId: SEEDED_OPEN_FOLLOW_UP, status: 'dropped', talksOn: '', note: marker }) },
  publishSummaryAction: { permission: 'summary.publish', input: () => ({ roundId: SEEDED_ROUND, draftVersion: 0, previewed: marker, changeNote: marker }) },
  // No seeded e-mail has failed; the permission is refused before the database is asked anyway.
  retryEmailAction: { permission: 'outbox.manage', input: () => ({ id: SEEDED_ROUND }) },
};

/**
 * Every route handler (app/api/…/route.ts) and who may call it. `public` routes read only what
 * anyone may read (a round that is not public answers 404 whoever asks); `secret` routes answer
 * only a bearer secret; `permission` routes answer only a session whose role has the permission;
 * next-auth's own routes are tested by the sign-in suite.
 */
const ROUTES: Record<
  string,
  { access: 'public' | 'secret' | 'next-auth' | 'permission'; permission?: Permission; probe?: (round: string, meeting: string) => { method: 'GET' | 'POST'; url: string } }
> = {
  'api/auth/[...nextauth]': { access: 'next-auth' },
  'api/outbox/dispatch': { access: 'secret', probe: () => ({ method: 'POST', url: '/api/outbox/dispatch' }) },
  'api/rounds/[id]/calendar': { access: 'public', probe: (round) => ({ method: 'GET', url: `/api/rounds/${round}/calendar` }) },
  'api/meetings/[id]/calendar': { access: 'public', probe: (_, meeting) => ({ method: 'GET', url: `/api/meetings/${meeting}/calendar` }) },
  'api/rounds/[id]/summary/[number]/pdf': { access: 'public', probe: (round) => ({ method: 'GET', url: `/api/rounds/${round}/summary/1/pdf` }) },
  'api/rounds/[id]/register/csv': { access: 'permission', permission: 'opinions.decide', probe: (round) => ({ method: 'GET', url: `/api/rounds/${round}/register/csv` }) },
  'api/rounds/[id]/register/xlsx': { access: 'permission', permission: 'opinions.decide', probe: (round) => ({ method: 'GET', url: `/api/rounds/${round}/register/xlsx` }) },
};

async function callAction(request: APIRequestContext, name: string, input: unknown): Promise<string> {
  return (await postAction(request, name, input)).text();
}

/** A session cookie as next-auth issues it, for a profile and a session started for it, that expires `expiresIn` seconds from now. */
async function sessionCookie(profileId: string, expiresIn: number) {
  const { data: sessionId, error } = await (await serviceDb()).rpc('start_session', { profile_id: profileId });
  if (error) throw new Error(error.message);
  const name = 'authjs.session-token';
  const value = await encode({ token: { sub: profileId, profileId, sessionId, email: DEMO.coordinator }, secret: E2E_AUTH_SECRET, salt: name, maxAge: expiresIn });
  return { name, value, domain: 'localhost', path: '/', httpOnly: true, sameSite: 'Lax' as const, expires: -1 };
}

/** A request context signed in as the demo account of `role`, or with the given cookies. */
async function contextFor(browser: Browser, baseURL: string, who: AppRole | { cookies: Awaited<ReturnType<typeof sessionCookie>>[] } | null) {
  if (who === null) return browser.newContext({ baseURL }).then((context) => context.request);
  if (typeof who === 'object') {
    const context = await browser.newContext({ baseURL });
    await context.addCookies(who.cookies);
    return context.request;
  }
  const context = await browser.newContext({ baseURL });
  await signInAs(await context.newPage(), DEMO[who]);
  return context.request;
}

test.describe('every server action and route handler, called directly', () => {
  test.describe.configure({ mode: 'serial' });
  let callers: { anonymous: APIRequestContext; expired: APIRequestContext; roles: Record<AppRole, APIRequestContext> };
  let seeded: Seeded;

  test.beforeAll(async ({ browser, baseURL }) => {
    const roles = {} as Record<AppRole, APIRequestContext>;
    for (const role of APP_ROLES) roles[role] = await contextFor(browser, baseURL!, role);
    callers = {
      anonymous: await contextFor(browser, baseURL!, null),
      expired: await contextFor(browser, baseURL!, { cookies: [await sessionCookie(SEEDED_COORDINATOR, -60)] }),
      roles,
    };
    const db = await serviceDb();
    const { data } = await db.from('meetings').select('id').eq('round_id', SEEDED_ROUND).limit(1).single();
    const { data: draft } = await db.from('assumption_revisions').select('updated_at').eq('assumption_id', SEEDED_DRAFT_ASSUMPTION).single();
    seeded = { meetingId: data!.id as string, draftSavedAt: draft!.updated_at as string };
  });

  test('the table lists exactly the server actions of the build', () => {
    expect(manifestActions().map(([, action]) => action.exportedName).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  test('the table lists exactly the route handlers of the app', () => {
    const routes = (readdirSync('app/api', { recursive: true }) as string[])
      .filter((file) => path.basename(file) === 'route.ts')
      .map((file) => path.join('api', path.dirname(file)));
    expect(routes.sort()).toEqual(Object.keys(ROUTES).sort());
  });

  test('a forged session cookie works only while it has not expired', async ({ browser, baseURL }) => {
    const fresh = await contextFor(browser, baseURL!, { cookies: [await sessionCookie(SEEDED_COORDINATOR, 600)] });
    expect((await (await fresh.get('/api/auth/session')).json()).user?.id).toBe(SEEDED_COORDINATOR);
    expect(await (await callers.expired.get('/api/auth/session')).json()).toBeNull();
  });

  test('a permitted call does write, and the audit log counts it', async () => {
    const before = await auditedWrites();
    expect(await callAction(callers.roles.coordinator, 'createVenueAction', { name: `${marker} (dozwolone)`, address: '', rooms: '' })).toContain('"ok":true');
    expect(await auditedWrites()).toBeGreaterThan(before);
  });

  for (const [name, action] of Object.entries(ACTIONS)) {
    if (action.permission === 'public') continue;
    const permission = action.permission;
    test(`${name} refuses no session, an expired session and every role without ${permission}, and writes nothing`, async () => {
      const input = action.input(seeded);
      const before = await auditedWrites();
      expect(await callAction(callers.anonymous, name, input)).toContain('"formError":"signedOut"');
      expect(await callAction(callers.expired, name, input)).toContain('"formError":"signedOut"');
      const refusing = APP_ROLES.filter((role) => !can(role, permission));
      expect(refusing.length).toBeGreaterThan(0);
      for (const role of refusing) expect(await callAction(callers.roles[role], name, input)).toContain('"formError":"forbidden"');
      expect(await auditedWrites()).toBe(before);
    });
  }

  test('a route for a scheduler refuses everyone without its secret, signed in or not', async () => {
    for (const caller of [callers.anonymous, callers.expired, ...Object.values(callers.roles)]) {
      for (const [, route] of Object.entries(ROUTES).filter(([, entry]) => entry.access === 'secret')) {
        const probe = route.probe!('', '');
        expect((await caller.fetch(probe.url, { method: probe.method })).status()).toBe(401);
      }
    }
  });

  test('a route for a permission answers no session 401 and every role without it 403, with no data; a role with it gets the data', async () => {
    for (const [name, route] of Object.entries(ROUTES).filter(([, entry]) => entry.access === 'permission')) {
      const probe = route.probe!(SEEDED_ROUND, '');
      const fetchAs = (caller: APIRequestContext) => caller.fetch(probe.url, { method: probe.method, maxRedirects: 0 });
      for (const caller of [callers.anonymous, callers.expired]) {
        const response = await fetchAs(caller);
        expect(response.status(), name).toBe(401);
        expect(await response.json()).toEqual({ error: 'unauthorized' });
      }
      for (const role of APP_ROLES) {
        const response = await fetchAs(callers.roles[role]);
        if (can(role, route.permission!)) {
          expect(response.status(), `${name} as ${role}`).toBe(200);
          expect((await response.body()).length).toBeGreaterThan(1000);
        } else {
          expect(response.status(), `${name} as ${role}`).toBe(403);
          expect(await response.json()).toEqual({ error: 'forbidden' });
        }
      }
    }
  });

  test('a public route shows nobody, not even a coordinator, what is not public', async () => {
    const db = await serviceDb();
    const { data: programme } = await db.from('programmes').insert({ title: marker, year_from: 2012, year_to: 2014 }).select('id').single();
    const { data: round } = await db.from('rounds').insert({ programme_id: programme!.id, number: 1, title: marker, is_public: false }).select('id').single();
    const meeting = crypto.randomUUID();
    await db.from('schedule_versions').insert({
      round_id: round!.id, number: 1, as_of: '2011-12-01',
      meetings: [{ id: meeting, teamId: SEEDED_TEAM, teamName: 'Zespół ds. kultury', scope: null, venueId: SEEDED_VENUE, venueName: 'MOWIS', roomId: null, roomName: null, startsAt: '2011-12-01T09:00:00.000Z', endsAt: '2011-12-01T11:00:00.000Z', isPublic: true, cancelled: false, changeReason: null, sequence: 0 }],
    });
    for (const caller of [callers.anonymous, ...Object.values(callers.roles)]) {
      for (const [, route] of Object.entries(ROUTES).filter(([, entry]) => entry.access === 'public')) {
        const probe = route.probe!(round!.id, meeting);
        expect((await caller.fetch(probe.url, { method: probe.method })).status()).toBe(404);
      }
    }
  });

  test('a coordinator cannot raise or block their own account through the action', async () => {
    const coordinator = callers.roles.coordinator;
    expect(await callAction(coordinator, 'changeUserRoleAction', { userId: SEEDED_COORDINATOR, role: 'moderator', departmentId: '' })).toContain('"formError":"ownAccess"');
    expect(await callAction(coordinator, 'setUserActiveAction', { userId: SEEDED_COORDINATOR, active: false })).toContain('"formError":"ownAccess"');
    const db = await serviceDb();
    expect((await db.from('profiles').select('role, active').eq('id', SEEDED_COORDINATOR).single()).data).toEqual({ role: 'coordinator', active: true });
  });

  test("a moderator records no follow-up of another team's meeting: the database refuses, and nothing is written", async () => {
    const before = await auditedWrites();
    const input = ACTIONS.createFollowUpAction!.input(seeded);
    expect(await callAction(callers.roles.moderator, 'createFollowUpAction', input)).toContain('"formError":"forbidden"');
    expect(await auditedWrites()).toBe(before);
  });

  test('invalid input is refused by the server too, with the same messages as the form', async () => {
    const answer = await callAction(callers.roles.coordinator, 'createProgrammeAction', { title: ' ', yearFrom: 2017, yearTo: 2015 });
    expect(answer).toContain('"title":"required"');
    expect(answer).toContain('"yearTo":"yearsOrder"');
  });
});
