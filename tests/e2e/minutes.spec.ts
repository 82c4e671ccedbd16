import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { serviceDb } from './stack';

const VENUE = '60000000-0000-4000-8000-000000000001';
const MODERATOR = '20000000-0000-4000-8000-000000000003';
const SPORTS = '10000000-0000-4000-8000-000000000002';
const SCREENSHOTS = process.env.MINUTES_SCREENSHOTS;

/**
 * A public round of its own in consultation, with a team the demo moderator leads, and one held
 * open meeting of that team in the past (its outcome recorded, in the issued schedule): so that no
 * test shares another's minutes, and the seed's minutes stay as they are.
 */
async function heldMeeting() {
  const db = await serviceDb();
  const tag = `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
  // A programme of its own too: round numbers are unique within a programme.
  const { data: programme } = await db.from('programmes').insert({ title: `Program protokołów ${tag}`, year_from: 2010, year_to: 2012 }).select('id').single();
  const { data: round } = await db
    .from('rounds')
    .insert({ programme_id: programme!.id, number: 1, title: `Tura protokołów ${tag}`, status: 'consultation', is_public: true })
    .select('id')
    .single();
  const teamName = `Zespół ds. protokołów ${tag}`;
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: teamName }).select('id').single();
  await db.from('team_moderators').insert({ team_id: team!.id, profile_id: MODERATOR, starts_on: '2011-01-01' });
  const startsAt = new Date(Date.UTC(2009, 0, 1, 9) + Math.floor(Math.random() * 3000) * 86_400_000).toISOString();
  const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
  const { data: meeting, error } = await db
    .from('meetings')
    .insert({ round_id: round!.id, team_id: team!.id, venue_id: VENUE, starts_at: startsAt, ends_at: endsAt, is_public: true })
    .select('id')
    .single();
  expect(error).toBeNull();
  await db.from('schedule_versions').insert({
    round_id: round!.id,
    number: 1,
    as_of: startsAt.slice(0, 10),
    meetings: [
      { id: meeting!.id, teamId: team!.id, teamName, scope: null, venueId: VENUE, venueName: 'MOWIS', roomId: null, roomName: null, startsAt, endsAt, isPublic: true, cancelled: false, changeReason: null, sequence: 0 },
    ],
  });
  await db.from('meeting_outcomes').insert({
    meeting_id: meeting!.id,
    round_id: round!.id,
    team_id: team!.id,
    held: true,
    organisations: ['Fundacja Aktywni', 'Stowarzyszenie Sportowe Wisła'],
    organisation_count: 4,
  });
  await db.from('meeting_outcome_departments').insert({ meeting_id: meeting!.id, department_id: SPORTS });
  return { roundId: round!.id as string, meetingId: meeting!.id as string, teamName };
}

const minutesOf = async (meetingId: string) =>
  (await (await serviceDb()).from('minutes_revisions').select('revision, state, decisions, version, approved_as_substitute').eq('meeting_id', meetingId).order('revision')).data ?? [];
const mailTo = async (template: string, meetingId: string) =>
  ((await (await serviceDb()).from('email_outbox').select('to_address, payload').eq('template', template).eq('payload->>id', meetingId)).data ?? []) as {
    to_address: string;
    payload: Record<string, unknown>;
  }[];

const status = (page: Page) => page.locator('#minutes-form').getByRole('status');
const part = (page: Page, label: RegExp) => page.getByLabel(label);
const shot = async (page: Page, name: string) => {
  if (SCREENSHOTS) await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
};

test.describe("a meeting's minutes", () => {
  test('the coordinator writes and submits, the moderator returns them with a comment, the coordinator resubmits, the moderator approves, the public reads them', async ({ browser }) => {
    const { roundId, meetingId, teamName } = await heldMeeting();
    const coordinator = await (await browser.newContext()).newPage();
    await signInAs(coordinator, DEMO.coordinator);

    // From the meeting's record to the editor, the attendance filled in from the outcome.
    await coordinator.goto(`/panel/spotkania/${meetingId}/przebieg`);
    const section = coordinator.getByRole('region', { name: 'Protokół' });
    await expect(section).toContainText('Brak protokołu');
    await section.getByRole('link', { name: 'Napisz protokół' }).click();
    await expect(coordinator.getByRole('heading', { level: 1 })).toHaveText('Protokół spotkania');
    await expect(part(coordinator, /^Obecni/)).toHaveValue(/Fundacja Aktywni[\s\S]*Liczba organizacji: 4[\s\S]*Wydział Sportu/);
    await expectAccessible(coordinator);

    // Submitting nothing but the prefilled attendance would do; writing the rest first, saved as typed.
    await part(coordinator, /^Omówione punkty porządku/).fill('Założenia programu na 2012 r.');
    await part(coordinator, /^Ustalenia/).fill('Zespół popiera założenia.');
    await expect(status(coordinator)).toHaveText(/^Zapisano/);
    expect(await minutesOf(meetingId)).toMatchObject([{ revision: 1, state: 'draft', decisions: 'Zespół popiera założenia.' }]);
    await shot(coordinator, 'editor-desktop');

    // The public sees nothing of a draft.
    const visitor = await (await browser.newContext()).newPage();
    await visitor.goto(`/tury/${roundId}`);
    await expect(visitor.getByRole('region', { name: 'Protokoły spotkań' })).toContainText('Nie ma jeszcze zatwierdzonych protokołów');
    expect((await visitor.goto(`/tury/${roundId}/protokoly/${meetingId}`))!.status()).toBe(404);

    await coordinator.getByRole('button', { name: 'Przekaż do zatwierdzenia' }).click();
    const question = coordinator.getByRole('dialog', { name: 'Przekazać protokół do zatwierdzenia?' });
    await expect(question).toContainText('moderator zespołu, Katarzyna Zielińska');
    await question.getByRole('button', { name: 'Przekaż' }).click();
    await expect(coordinator.getByRole('status').filter({ hasText: 'Protokół przekazano do zatwierdzenia.' })).toBeVisible();
    await expect(coordinator.getByText('Czeka na zatwierdzenie').first()).toBeVisible();
    expect((await mailTo('minutes-submitted', meetingId)).map((mail) => mail.to_address)).toEqual([DEMO.moderator]);

    // The moderator finds them on the home page, and returns them: first without a comment.
    const moderator = await (await browser.newContext()).newPage();
    await signInAs(moderator, DEMO.moderator);
    const home = moderator.getByRole('region', { name: /^Protokoły czekające na Twoje zatwierdzenie: \d+$/ });
    await home.getByRole('link', { name: new RegExp(teamName) }).click();
    await expect(moderator.getByRole('heading', { level: 1 })).toHaveText('Protokół spotkania');
    await expectAccessible(moderator);
    await moderator.getByRole('button', { name: 'Zwróć do poprawy' }).click();
    await expect(moderator.getByRole('alert', { name: /Nie udało się rozpatrzyć protokołu/ })).toContainText('Napisz, co trzeba poprawić');
    await expect(moderator.getByLabel(/^Komentarz/)).toHaveAttribute('aria-invalid', 'true');
    expect(await minutesOf(meetingId)).toMatchObject([{ state: 'submitted' }]);
    await shot(moderator, 'review-error');
    await moderator.getByLabel(/^Komentarz/).fill('Proszę dopisać stanowisko Wydziału Sportu.');
    await moderator.getByRole('button', { name: 'Zwróć do poprawy' }).click();
    await expect(moderator.getByRole('status').filter({ hasText: 'Protokół zwrócono do poprawy.' })).toBeVisible();
    expect((await mailTo('minutes-returned', meetingId)).map((mail) => [mail.to_address, mail.payload.comment])).toEqual([[DEMO.coordinator, 'Proszę dopisać stanowisko Wydziału Sportu.']]);

    // The coordinator sees the comment, edits and submits again.
    await coordinator.reload();
    await expect(coordinator.getByText('Proszę dopisać stanowisko Wydziału Sportu.').first()).toBeVisible();
    await part(coordinator, /^Wyrażone stanowiska/).fill('Wydział Sportu popiera zajęcia dla dzieci.');
    await expect(status(coordinator)).toHaveText(/^Zapisano/);
    await coordinator.getByRole('button', { name: 'Przekaż do zatwierdzenia' }).click();
    await coordinator.getByRole('dialog').getByRole('button', { name: 'Przekaż' }).click();
    await expect(coordinator.getByRole('status').filter({ hasText: 'Protokół przekazano do zatwierdzenia.' })).toBeVisible();

    // The moderator approves, after a question.
    await moderator.reload();
    await moderator.getByRole('button', { name: 'Zatwierdź' }).click();
    const approval = moderator.getByRole('dialog', { name: 'Zatwierdzić protokół?' });
    await expect(approval).toContainText('nie można zmienić');
    await approval.getByRole('button', { name: 'Zatwierdź' }).click();
    await expect(moderator.getByRole('status').filter({ hasText: 'Protokół zatwierdzono.' })).toBeVisible();
    await expect(moderator.getByText(/^Zatwierdził\(a\): Katarzyna Zielińska/).first()).toBeVisible();
    expect(await minutesOf(meetingId)).toMatchObject([{ revision: 1, state: 'approved', approved_as_substitute: false }]);
    expect((await mailTo('minutes-approved', meetingId)).map((mail) => mail.to_address)).toEqual([DEMO.coordinator]);

    // The history keeps the return's comment.
    const history = moderator.getByRole('region', { name: 'Historia wersji' });
    await history.getByText('Wersja protokołu nr 1').click();
    await expect(history).toContainText('Zwrócił(a) do poprawy: Katarzyna Zielińska');
    await expect(history).toContainText('Proszę dopisać stanowisko Wydziału Sportu.');
    await expectAccessible(moderator);
    await shot(moderator, 'approved-desktop');

    // The public reads the approved minutes, with who approved them; on a phone too.
    await visitor.goto(`/tury/${roundId}`);
    await shot(visitor, 'public-round');
    await visitor.getByRole('region', { name: 'Protokoły spotkań' }).getByRole('link', { name: new RegExp(teamName) }).click();
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(`Protokół spotkania: ${teamName}`);
    await expect(visitor.getByText('Wydział Sportu popiera zajęcia dla dzieci.')).toBeVisible();
    await expect(visitor.getByText(/^Zatwierdził\(a\): Katarzyna Zielińska/)).toBeVisible();
    await expectAccessible(visitor);
    await shot(visitor, 'public-desktop');
    await visitor.setViewportSize({ width: 390, height: 844 });
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(visitor, 'public-phone');
    await visitor.emulateMedia({ media: 'print' });
    await expect(visitor.getByRole('link', { name: 'Wróć do harmonogramu tury' })).toBeHidden();
    await visitor.emulateMedia({ media: 'screen' });

    // A correction is a new revision: the approved one stays, public, until the correction is approved.
    await coordinator.reload();
    await coordinator.getByRole('link', { name: 'Rozpocznij korektę (nowa wersja)' }).click();
    await expect(coordinator.getByRole('heading', { name: 'Korekta zatwierdzonego protokołu' })).toBeVisible();
    await part(coordinator, /^Ustalenia/).fill('Zespół popiera założenia z poprawką.');
    await expect(status(coordinator)).toHaveText(/^Zapisano/);
    expect(await minutesOf(meetingId)).toMatchObject([
      { revision: 1, state: 'approved', decisions: 'Zespół popiera założenia.' },
      { revision: 2, state: 'draft', decisions: 'Zespół popiera założenia z poprawką.' },
    ]);
    await visitor.reload();
    await expect(visitor.getByText('Zespół popiera założenia.', { exact: true })).toBeVisible();
  });

  test('two pages editing one draft: the second save gets a conflict showing both versions, and nothing typed is lost', async ({ context }) => {
    const { meetingId } = await heldMeeting();
    const first = await context.newPage();
    await signInAs(first, DEMO.moderator);
    await first.goto(`/panel/spotkania/${meetingId}/protokol`);
    await part(first, /^Ustalenia/).fill('Wersja początkowa.');
    await expect(status(first)).toHaveText(/^Zapisano/);

    const second = await context.newPage();
    await second.goto(`/panel/spotkania/${meetingId}/protokol`);
    await expect(part(second, /^Ustalenia/)).toHaveValue('Wersja początkowa.');

    await part(first, /^Ustalenia/).fill('Tekst z pierwszej strony.');
    await expect(status(first)).toHaveText(/^Zapisano/);
    await part(second, /^Ustalenia/).fill('Tekst z drugiej strony.');
    const conflict = second.getByRole('region', { name: 'Ktoś zapisał ten protokół w międzyczasie' });
    await expect(conflict).toBeVisible();
    await expect(conflict.getByRole('heading', { name: /^Wersja zapisana/ }).locator('..')).toContainText('Tekst z pierwszej strony.');
    await expect(conflict.getByRole('heading', { name: 'Twoja wersja (wpisana tutaj)' }).locator('..')).toContainText('Tekst z drugiej strony.');
    await expect(part(second, /^Ustalenia/)).toHaveValue('Tekst z drugiej strony.');
    await expectAccessible(second);
    expect(await minutesOf(meetingId)).toMatchObject([{ decisions: 'Tekst z pierwszej strony.' }]);
    await second.setViewportSize({ width: 390, height: 844 });
    expect(await second.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shot(second, 'conflict-phone');

    await conflict.getByRole('button', { name: 'Zachowaj moją wersję' }).click();
    await expect(status(second)).toHaveText(/^Zapisano/);
    expect(await minutesOf(meetingId)).toMatchObject([{ decisions: 'Tekst z drugiej strony.' }]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the minutes are a plain form: saved, submitted after the question, returned only with a comment', async ({ browser, baseURL }) => {
    const { meetingId } = await heldMeeting();
    const coordinator = await browser.newPage({ baseURL, javaScriptEnabled: false });
    await signInAs(coordinator, DEMO.coordinator);
    await coordinator.goto(`/panel/spotkania/${meetingId}/protokol`);
    await part(coordinator, /^Ustalenia/).fill('Ustalone bez skryptu.');
    await coordinator.getByRole('button', { name: 'Zapisz wersję roboczą' }).click();
    await expect(part(coordinator, /^Ustalenia/)).toHaveValue('Ustalone bez skryptu.');
    expect(await minutesOf(meetingId)).toMatchObject([{ revision: 1, state: 'draft', decisions: 'Ustalone bez skryptu.' }]);

    await coordinator.getByRole('button', { name: 'Przekaż do zatwierdzenia' }).click();
    await coordinator.getByRole('dialog', { name: 'Przekazać protokół do zatwierdzenia?' }).getByRole('button', { name: 'Przekaż' }).click();
    await expect(coordinator.getByText('Protokół przekazano do zatwierdzenia.')).toBeVisible();
    expect(await minutesOf(meetingId)).toMatchObject([{ state: 'submitted' }]);

    const moderator = await browser.newPage({ baseURL, javaScriptEnabled: false });
    await signInAs(moderator, DEMO.moderator);
    await moderator.goto(`/panel/spotkania/${meetingId}/protokol`);
    await moderator.getByRole('button', { name: 'Zwróć do poprawy' }).click();
    await expect(moderator.getByRole('alert', { name: /Nie udało się rozpatrzyć protokołu/ })).toContainText('Napisz, co trzeba poprawić');
    expect(await minutesOf(meetingId)).toMatchObject([{ state: 'submitted' }]);
    await moderator.getByLabel(/^Komentarz/).fill('Bez skryptu też działa.');
    await moderator.getByRole('button', { name: 'Zwróć do poprawy' }).click();
    await expect(moderator.getByText('Protokół zwrócono do poprawy.')).toBeVisible();
    expect(await minutesOf(meetingId)).toMatchObject([{ state: 'returned' }]);
  });
});
