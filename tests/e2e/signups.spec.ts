import { expect, test, type Page } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { postAction } from './server-actions';
import { asOwner, auditedWrites, linkIn, serviceDb, waitForEmail } from './stack';

const SEEDED_ROUND = '40000000-0000-4000-8000-000000000002';
const SEEDED_PAST_MEETING_TEAM = '50000000-0000-4000-8000-000000000004';

/**
 * A public round of its own under way, with one team, an open meeting a week ahead and a past one,
 * and its schedule issued: no other test's round changes.
 */
async function openRound() {
  const stamp = Date.now();
  const [row] = await asOwner<{ round: string; meeting: string; past: string }>(
    `with programme as (insert into public.programmes (title, year_from, year_to) values ($1, 2030, 2032) returning id),
          round as (insert into public.rounds (programme_id, number, title, status, is_public) select id, 1, $2, 'consultation', true from programme returning id),
          team as (insert into public.sector_teams (programme_id, name) select id, 'Zespół ds. kultury' from programme returning id),
          venue as (insert into public.venues (name, address) values ($3, 'ul. Mikołajska 2, Kraków') returning id),
          future as (insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at)
                     select round.id, team.id, venue.id, ((app.warsaw_today() + 7) + time '17:00') at time zone 'Europe/Warsaw', ((app.warsaw_today() + 7) + time '19:00') at time zone 'Europe/Warsaw'
                       from round, team, venue returning id, round_id),
          past as (insert into public.meetings (round_id, team_id, venue_id, starts_at, ends_at)
                   select round.id, team.id, venue.id, ((app.warsaw_today() - 7) + time '17:00') at time zone 'Europe/Warsaw', ((app.warsaw_today() - 7) + time '19:00') at time zone 'Europe/Warsaw'
                     from round, team, venue returning id)
     select future.round_id as round, future.id as meeting, past.id as past from future, past`,
    [`Program testowy ${stamp}`, `Tura z zapisami ${stamp}`, `Sala testowa ${stamp}`],
  );
  await asOwner("insert into public.schedule_versions (round_id, number, as_of, meetings) values ($1, 1, current_date, app.schedule_snapshot($1))", [row!.round]);
  return row!;
}

const signupsOf = async (meeting: string) =>
  (await (await serviceDb()).from('meeting_signups').select('organisation, email, confirmed_at').eq('meeting_id', meeting)).data ?? [];

async function fillForm(page: Page, email: string) {
  await page.getByLabel(/^Nazwa organizacji/).fill('Fundacja Pod Wawelem');
  await page.getByLabel(/^Imię i nazwisko/).fill('Anna Nowak');
  await page.getByLabel(/^Adres e-mail/).fill(email);
  await page.getByLabel(/^Potrzeby związane z dostępnością/).fill('Pętla indukcyjna');
  await page.getByLabel(/^Zgadzam się na przetwarzanie/).check();
}

test.describe('NGOs sign up for open meetings', () => {
  test('an NGO signs up from the public schedule, confirms through the e-mail, and the coordinator sees it', async ({ page, browser, baseURL }, testInfo) => {
    const { round, meeting, past } = await openRound();
    await page.goto(`/tury/${round}`);
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows.filter({ has: page.getByRole('link', { name: /Zapisz się/ }) })).toHaveCount(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: /Zapisz się/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zapis na spotkanie');
    // The organiser is named from data: the seed's coordinating department.
    await expect(page.getByText('Administratorem Twoich danych osobowych jest organizator konsultacji: Wydział Spraw Społecznych.')).toBeVisible();
    await expect(page.getByText(/90 dni po opublikowaniu podsumowania tury/)).toBeVisible();
    await expectAccessible(page);

    // Bad input: every problem at its field and in the summary; nothing written.
    await page.getByLabel(/^Nazwa organizacji/).fill('F');
    await page.getByLabel(/^Adres e-mail/).fill('nie-adres');
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(errorSummary(page)).toBeFocused();
    await expect(errorSummary(page)).toContainText('Wpisz co najmniej 2 znaki.');
    await expect(errorSummary(page)).toContainText('Wypełnij to pole.');
    await expect(errorSummary(page)).toContainText('Wpisz poprawny adres e-mail');
    await expect(errorSummary(page)).toContainText('Aby się zapisać, zaznacz zgodę na przetwarzanie danych osobowych.');
    await expect(page.getByLabel(/^Zgadzam się/)).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: testInfo.outputPath('signup-errors-desktop.png'), fullPage: true });
    await expectAccessible(page);
    expect(await signupsOf(meeting)).toEqual([]);

    const email = `anna.${Date.now()}@ngo.example`;
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(page.getByRole('heading', { name: 'Sprawdź pocztę' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Sprawdź pocztę' })).toBeFocused();
    expect(await signupsOf(meeting)).toEqual([{ organisation: 'Fundacja Pod Wawelem', email, confirmed_at: null }]);

    // The link only opens a page: a mail scanner fetching it confirms nothing.
    const message = await waitForEmail(email, /^Potwierdź zapis na spotkanie: Zespół ds. kultury$/);
    expect(message.text).toContain(`/tury/${round}`);
    expect(message.text).toContain('usuniemy 90 dni po opublikowaniu podsumowania tury');
    const link = linkIn(message, '/zapisy/potwierdz?token=');
    const scanner = await page.request.get(link);
    expect(scanner.status()).toBe(200);
    expect((await signupsOf(meeting))[0]?.confirmed_at).toBeNull();

    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Potwierdzenie zapisu na spotkanie');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Potwierdzam zapis' }).click();
    await expect(page.getByRole('heading', { name: 'Zapis potwierdzony' })).toBeVisible();
    await expectAccessible(page);
    expect((await signupsOf(meeting))[0]?.confirmed_at).not.toBeNull();

    // Signing up again with a confirmed address says so, and sends nothing.
    await page.goto(`/tury/${round}/spotkania/${meeting}/zapis`);
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(page.getByRole('heading', { name: 'Jesteś już zapisany' })).toBeVisible();

    // A past meeting takes no sign-ups.
    await page.goto(`/tury/${round}/spotkania/${past}/zapis`);
    await expect(page.getByRole('heading', { name: 'Zapisy na to spotkanie są zamknięte' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zapisz się na spotkanie' })).toHaveCount(0);

    const coordinator = await browser.newContext({ baseURL });
    const panel = await coordinator.newPage();
    await signInAs(panel, DEMO.coordinator);
    await panel.goto(`/panel/spotkania/${meeting}/przebieg`);
    const participants = panel.getByRole('region', { name: 'Zapisani uczestnicy' });
    await expect(participants).toContainText('1 potwierdzony zapis');
    const row = participants.getByRole('row', { name: /Fundacja Pod Wawelem/ });
    await expect(row).toContainText('Anna Nowak');
    await expect(row).toContainText(email);
    await expect(row).toContainText('Pętla indukcyjna');
    await expectAccessible(panel);
    await panel.screenshot({ path: testInfo.outputPath('participants-desktop.png'), fullPage: true });
    await panel.goto(`/panel/spotkania/${past}/przebieg`);
    await expect(panel.getByRole('region', { name: 'Zapisani uczestnicy' })).toContainText('Nikt jeszcze nie potwierdził zapisu');
    await expectAccessible(panel);
    await coordinator.close();
  });

  test("the scheduler's sweep reminds participants the day before and deletes what is due", async ({ request }) => {
    const { meeting } = await openRound();
    const stamp = Date.now();
    const [confirmed, stale] = [`jutro.${stamp}@ngo.example`, `stary.${stamp}@ngo.example`];
    await asOwner("update public.meetings set starts_at = ((app.warsaw_today() + 1) + time '17:00') at time zone 'Europe/Warsaw', ends_at = ((app.warsaw_today() + 1) + time '19:00') at time zone 'Europe/Warsaw', change_reason = 'Przeniesione na jutro.' where id = $1", [meeting]);
    await asOwner(
      `insert into public.meeting_signups (meeting_id, organisation, person_name, email, token_hash, token_expires_at, confirmed_at, created_at) values
         ($1, 'Fundacja Jutro', 'Jan Kowalski', $2, md5($2), now(), now(), now()),
         ($1, 'Fundacja Stara', 'Ewa Nowak', $3, md5($3), now() - interval '6 days', null, now() - interval '8 days')`,
      [meeting, confirmed, stale],
    );
    const response = await request.post('/api/outbox/dispatch', { headers: { Authorization: 'Bearer e2e-outbox-dispatch-secret-at-least-32-chars' } });
    expect(response.status()).toBe(200);
    const counts = await response.json();
    expect(counts.participantsReminded).toBeGreaterThanOrEqual(1);
    expect(counts.signupsPurged).toBeGreaterThanOrEqual(1);
    const reminder = await waitForEmail(confirmed, /^Jutro spotkanie: Zespół ds. kultury$/);
    expect(reminder.text).toContain('usuniemy 90 dni po opublikowaniu podsumowania tury');
    expect(await signupsOf(meeting)).toEqual([{ organisation: 'Fundacja Jutro', email: confirmed, confirmed_at: expect.any(String) }]);
  });

  test('a robot filling the hidden field is told "sent", and nothing is written or sent', async ({ page }) => {
    const { round, meeting } = await openRound();
    await page.goto(`/tury/${round}/spotkania/${meeting}/zapis`);
    const email = `robot.${Date.now()}@spam.example`;
    await fillForm(page, email);
    // Hidden from people and screen readers, out of the tab order: only a robot reaches it.
    const honeypot = page.locator('input[name="website"]');
    await expect(honeypot).toHaveAttribute('tabindex', '-1');
    await honeypot.fill('https://spam.example', { force: true });
    const before = await auditedWrites();
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(page.getByRole('heading', { name: 'Sprawdź pocztę' })).toBeVisible();
    expect(await signupsOf(meeting)).toEqual([]);
    expect(await auditedWrites()).toBe(before);
    expect((await (await serviceDb()).from('email_outbox').select('id').eq('to_address', email)).data).toEqual([]);
  });

  test('a meeting that takes no sign-ups is refused by the action too, in Polish, writing nothing', async ({ request }) => {
    const [seeded] = await asOwner<{ id: string }>('select id from public.meetings where round_id = $1 and team_id = $2', [SEEDED_ROUND, SEEDED_PAST_MEETING_TEAM]);
    const before = await auditedWrites();
    const answer = await (
      await postAction(request, 'requestMeetingSignupAction', {
        meetingId: seeded!.id, organisation: 'Fundacja', personName: 'Anna Nowak', email: `a.${Date.now()}@ngo.example`, accessibilityNeeds: '', consent: true, website: '',
      })
    ).text();
    expect(answer).toContain('"formError":"Signups.errors.closed"');
    expect(await auditedWrites()).toBe(before);
  });

  test('works without JavaScript, at phone width', async ({ browser, baseURL }, testInfo) => {
    const { round, meeting } = await openRound();
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`/tury/${round}`);
    // The table scrolls on its own; the page itself is no wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('schedule-phone.png'), fullPage: true });
    await page.goto(`/tury/${round}/spotkania/${meeting}/zapis`);
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(errorSummary(page)).toContainText('Aby się zapisać, zaznacz zgodę');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: testInfo.outputPath('signup-errors-phone.png'), fullPage: true });
    const email = `bez.js.${Date.now()}@ngo.example`;
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Zapisz się na spotkanie' }).click();
    await expect(page.getByRole('heading', { name: 'Sprawdź pocztę' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('signup-sent-phone.png'), fullPage: true });
    expect(await signupsOf(meeting)).toHaveLength(1);

    await page.goto(linkIn(await waitForEmail(email, /^Potwierdź zapis/), '/zapisy/potwierdz?token='));
    await page.getByRole('button', { name: 'Potwierdzam zapis' }).click();
    await expect(page.getByRole('heading', { name: 'Zapis potwierdzony' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('confirmed-phone.png'), fullPage: true });
    await page.goto('/zapisy/potwierdz?token=nieznany-link-0123456789');
    await page.getByRole('button', { name: 'Potwierdzam zapis' }).click();
    await expect(page.getByRole('heading', { name: 'Nieprawidłowy link' })).toBeVisible();
    await context.close();
  });
});
