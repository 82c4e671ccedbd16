import { expect, test, type APIRequestContext } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { postAction } from './server-actions';
import { serviceDb } from './stack';

/**
 * Server actions called as an attacker would: a forged POST with the action's id, skipping the
 * page and its guard. Each must refuse a missing session and every role without the permission,
 * and write nothing.
 */
async function callAction(request: APIRequestContext, name: string, input: unknown): Promise<string> {
  return (await postAction(request, name, input)).text();
}

const SEEDED_PROGRAMME = '30000000-0000-4000-8000-000000000001';
const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_MODERATOR = '20000000-0000-4000-8000-000000000003';
const marker = `Sfałszowane ${Date.now()}`;

const ACTIONS: { name: string; input: unknown }[] = [
  { name: 'createProgrammeAction', input: { title: marker, yearFrom: 2020, yearTo: 2022 } },
  { name: 'updateProgrammeAction', input: { id: SEEDED_PROGRAMME, title: marker, yearFrom: 2012, yearTo: 2014 } },
  { name: 'createRoundAction', input: { programmeId: SEEDED_PROGRAMME, number: 77, title: marker, startsOn: '', endsOn: '', isPublic: true } },
  { name: 'updateRoundAction', input: { id: SEEDED_ROUND, programmeId: SEEDED_PROGRAMME, number: 2, title: marker, startsOn: '', endsOn: '', isPublic: true } },
  { name: 'inviteUserAction', input: { email: `falsz-${Date.now()}@tura.test`, fullName: marker, role: 'coordinator', departmentId: '' } },
  { name: 'changeUserRoleAction', input: { userId: SEEDED_MODERATOR, role: 'coordinator', departmentId: '' } },
  { name: 'setUserActiveAction', input: { userId: SEEDED_MODERATOR, active: false } },
];

async function nothingWritten() {
  const db = await serviceDb();
  expect((await db.from('programmes').select('id').eq('title', marker)).data).toEqual([]);
  expect((await db.from('rounds').select('id').eq('title', marker)).data).toEqual([]);
  expect((await db.from('profiles').select('id').eq('full_name', marker)).data).toEqual([]);
  expect((await db.from('profiles').select('role, active').eq('id', SEEDED_MODERATOR).single()).data).toEqual({ role: 'moderator', active: true });
}

test.describe('server actions called directly', () => {
  for (const action of ACTIONS) {
    test(`${action.name} refuses a request without a session`, async ({ request }) => {
      expect(await callAction(request, action.name, action.input)).toContain('"formError":"signedOut"');
      await nothingWritten();
    });

    for (const [role, email] of [['department', DEMO.department], ['moderator', DEMO.moderator]] as const) {
      test(`${action.name} refuses a ${role} user`, async ({ page }) => {
        await signInAs(page, email);
        expect(await callAction(page.request, action.name, action.input)).toContain('"formError":"forbidden"');
        await nothingWritten();
      });
    }
  }

  test('a coordinator cannot raise or block their own account through the action', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    const self = '20000000-0000-4000-8000-000000000001';
    expect(await callAction(page.request, 'changeUserRoleAction', { userId: self, role: 'moderator', departmentId: '' })).toContain('"formError":"ownAccess"');
    expect(await callAction(page.request, 'setUserActiveAction', { userId: self, active: false })).toContain('"formError":"ownAccess"');
    const db = await serviceDb();
    expect((await db.from('profiles').select('role, active').eq('id', self).single()).data).toEqual({ role: 'coordinator', active: true });
  });

  test('invalid input is refused by the server too, with the same messages as the form', async ({ page }) => {
    await signInAs(page, DEMO.coordinator);
    const answer = await callAction(page.request, 'createProgrammeAction', { title: ' ', yearFrom: 2017, yearTo: 2015 });
    expect(answer).toContain('"title":"required"');
    expect(answer).toContain('"yearTo":"yearsOrder"');
  });
});
