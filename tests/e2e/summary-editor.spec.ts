import { expect, test, type Locator, type Page } from '@playwright/test';
import { DEMO, signInAs } from './auth';
import { expectAccessible } from './axe';
import { errorSummary } from './forms';
import { twoHoursFrom } from '../fixtures/meeting-times';
import { serviceDb } from './stack';

/**
 * A round of its own for each test (in a programme of its own), in consultation, with two past
 * meetings: one held, its minutes not approved; one whose outcome nobody has recorded yet.
 * What the test edits never touches the demo round that other specs publish.
 */
async function summaryRound() {
  const db = await serviceDb();
  const unique = crypto.randomUUID().slice(0, 8);
  const { data: programme } = await db.from('programmes').insert({ title: `Program podsumowania ${unique}`, year_from: 2012, year_to: 2014 }).select('id').single();
  const { data: round } = await db
    .from('rounds')
    .insert({ programme_id: programme!.id, number: 2, title: `Tura podsumowania ${unique}`, status: 'consultation', is_public: true })
    .select('id')
    .single();
  const { data: team } = await db.from('sector_teams').insert({ programme_id: programme!.id, name: `Zespół ds. sportu ${unique}` }).select('id').single();
  const { data: venue } = await db.from('venues').insert({ name: `MOWIS ${unique}`, address: 'ul. Praska 52' }).select('id').single();
  const past = (days: number) => new Date(Date.now() - days * 86_400_000);
  const { data: meetings } = await db
    .from('meetings')
    .insert([9, 4].map((days) => ({ round_id: round!.id, team_id: team!.id, venue_id: venue!.id, ...twoHoursFrom(past(days)) })))
    .select('id, starts_at')
    .order('starts_at');
  const [held, pending] = meetings!.map((meeting) => meeting.id as string) as [string, string];
  const outcome = (meetingId: string, wasHeld: boolean) =>
    db.from('meeting_outcomes').insert({
      meeting_id: meetingId, round_id: round!.id, team_id: team!.id, held: wasHeld, organisations: [], organisation_count: wasHeld ? 5 : null,
      not_held_reason: wasHeld ? null : 'no_quorum', note: '',
    }).then(({ error }) => expect(error).toBeNull());
  await outcome(held, true);
  return { roundId: round!.id as string, teamName: `Zespół ds. sportu ${unique}`, held, pending, recordOutcome: () => outcome(pending, false) };
}

const section = (page: Page, heading: string) => page.getByRole('region', { name: heading, exact: true });

/** Opens a section's editor, writes its text and saves it. */
async function editSection(part: Locator, heading: string, text: string) {
  await part.getByText(`Popraw tekst części „${heading}”`).click();
  await part.getByLabel(`Tekst części „${heading}”`).fill(text);
  await part.getByRole('button', { name: 'Zapisz tekst' }).click();
}

const SAVED = 'Zapisano. Podgląd poniżej pokazuje nowy tekst.';

test.describe('the round summary\'s editor', () => {
  test('edits the introduction and the next step, shows the data\'s change beside an edit, keeps it, and records a waiver', async ({ page }) => {
    const round = await summaryRound();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round.roundId}/podsumowanie`);

    // What publishing will check: one meeting without an outcome, one held without minutes.
    const readiness = section(page, 'Przed publikacją');
    await expect(readiness.getByRole('heading', { level: 3 })).toHaveText(['1 spotkanie bez zapisanego przebiegu', '1 odbyte spotkanie bez zatwierdzonego protokołu']);
    const links = readiness.getByRole('link', { name: new RegExp(round.teamName) });
    await expect(links.first()).toHaveAttribute('href', `/panel/spotkania/${round.pending}/przebieg`);
    await expect(links.last()).toHaveAttribute('href', `/panel/spotkania/${round.held}/protokol`);

    // The next step is empty until written.
    const nextStep = section(page, 'Następny krok');
    await expect(nextStep).toContainText('Ta część jest jeszcze pusta.');
    await expectAccessible(page);

    const introduction = section(page, 'Wprowadzenie');
    await editSection(introduction, 'Wprowadzenie', 'Konsultacje prowadził Wydział Spraw Społecznych.\n\n- pierwsza sprawa\n- druga sprawa');
    await expect(introduction.getByRole('status')).toHaveText(SAVED);
    await expect(introduction.locator('p', { hasText: 'Konsultacje prowadził Wydział Spraw Społecznych.' })).toBeVisible();
    await expect(introduction.getByRole('listitem')).toHaveText(['pierwsza sprawa', 'druga sprawa']);
    await expect(introduction).toContainText('Tekst tej części został poprawiony ręcznie.');

    // A second section saved on the page's new version: no conflict.
    // Too long: a Polish message, at the field and in the summary; the text stays.
    await editSection(nextStep, 'Następny krok', 'x'.repeat(20_001));
    await expect(nextStep.getByText(/Napisz, co stanie się dalej: kiedy i gdzie/)).toBeVisible();
    await expect(errorSummary(page)).toContainText('Tekst jest za długi: najwyżej 20 000 znaków.');
    await expect(nextStep.getByLabel('Tekst części „Następny krok”')).toHaveValue('x'.repeat(20_001));
    await nextStep.screenshot({ path: test.info().outputPath('summary-editor-too-long.png') });
    await nextStep.getByLabel('Tekst części „Następny krok”').fill('Podsumowanie tury odbędzie się na kolejnym spotkaniu, w ostatnim tygodniu listopada.');
    await nextStep.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(nextStep.getByRole('status')).toHaveText(SAVED);
    await expect(nextStep.locator('p', { hasText: 'w ostatnim tygodniu listopada.' }).last()).toBeVisible();
    await expect(nextStep).not.toContainText('Ta część jest jeszcze pusta.');

    // The meetings' section edited, then the data changes: the section says so, side by side.
    const outcomes = section(page, 'Przebieg spotkań');
    await editSection(outcomes, 'Przebieg spotkań', 'Odbyło się jedno spotkanie.');
    await expect(outcomes.getByRole('status')).toHaveText(SAVED);
    await round.recordOutcome();
    await page.reload();
    const stale = outcomes.getByRole('region', { name: 'Dane zmieniły się od Twojej poprawki' });
    await expect(stale).toBeVisible();
    await expect(stale.getByRole('heading', { level: 4 })).toHaveText(['Twój poprawiony tekst (jest teraz w podsumowaniu)', 'Tekst wygenerowany z aktualnych danych']);
    await expect(stale).toContainText('Odbyło się jedno spotkanie.');
    await expect(stale).toContainText('Nie odbyło się spotkanie:');
    await expect(stale).toContainText('brak kworum');
    await stale.screenshot({ path: test.info().outputPath('summary-editor-stale.png') });
    await expect(section(page, 'Wprowadzenie').getByRole('region')).toHaveCount(0);
    await expectAccessible(page);
    await stale.getByRole('button', { name: 'Zachowaj mój tekst' }).click();
    await expect(stale).toBeHidden();
    await expect(outcomes.locator('p', { hasText: 'Odbyło się jedno spotkanie.' }).last()).toBeVisible();

    // The held meeting's minutes waived: listed with its reason, and withdrawn.
    await expect(readiness.getByRole('heading', { level: 3 })).toHaveText(['1 odbyte spotkanie bez zatwierdzonego protokołu']);
    await readiness.getByText('Zwolnij z protokołu').click();
    await readiness.getByLabel(/Powód zwolnienia z protokołu/).fill('Moderator zespołu zrezygnował i nie przygotował protokołu.');
    await readiness.getByRole('button', { name: 'Zapisz zwolnienie' }).click();
    await expect(readiness.getByRole('heading', { level: 3 })).toHaveText(['1 spotkanie zwolnione z protokołu']);
    await expect(readiness).toContainText('Powód: Moderator zespołu zrezygnował i nie przygotował protokołu.');
    await expect(readiness).toContainText('Wszystko gotowe');
    await page.screenshot({ path: test.info().outputPath('summary-editor-desktop.png'), fullPage: true });
    await readiness.getByRole('button', { name: 'Wycofaj zwolnienie' }).click();
    await expect(readiness.getByRole('heading', { level: 3 })).toHaveText(['1 odbyte spotkanie bez zatwierdzonego protokołu']);
  });

  test('restores the generated text after asking, and looks right on a phone', async ({ page }) => {
    const round = await summaryRound();
    await signInAs(page, DEMO.coordinator);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/panel/tury/${round.roundId}/podsumowanie`);
    const introduction = section(page, 'Wprowadzenie');
    const generated = await introduction.locator('p').first().textContent();
    await editSection(introduction, 'Wprowadzenie', 'Tekst do przywrócenia.');
    await expect(introduction.locator('p', { hasText: 'Tekst do przywrócenia.' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('summary-editor-phone.png'), fullPage: true });

    await introduction.getByRole('button', { name: 'Przywróć tekst wygenerowany z danych' }).click();
    const dialog = page.getByRole('dialog', { name: 'Przywrócić tekst wygenerowany z danych?' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Przywróć tekst z danych' }).click();
    await expect(introduction.locator('p', { hasText: 'Tekst do przywrócenia.' })).toHaveCount(0);
    await expect(introduction.locator('p').first()).toHaveText(generated!);
  });

  test('says when the draft was saved elsewhere meanwhile, keeps the typed text, and saves it on a second try', async ({ page }) => {
    const round = await summaryRound();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round.roundId}/podsumowanie`);
    // Another coordinator's tab saves the next step first.
    const edits = { next_step: { text: 'Zapisane w innej karcie.', basedOn: '00000000' } };
    expect((await (await serviceDb()).from('summary_drafts').insert({ round_id: round.roundId, edits, version: 1 })).error).toBeNull();

    const introduction = section(page, 'Wprowadzenie');
    await editSection(introduction, 'Wprowadzenie', 'Mój tekst wprowadzenia.');
    await expect(errorSummary(page)).toContainText('Ktoś zapisał w międzyczasie podsumowanie tej tury.');
    await expect(introduction.getByLabel('Tekst części „Wprowadzenie”')).toHaveValue('Mój tekst wprowadzenia.');
    await expect(section(page, 'Następny krok').locator('p', { hasText: 'Zapisane w innej karcie.' }).last()).toBeVisible();

    await introduction.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(introduction.getByRole('status')).toHaveText(SAVED);
    await expect(introduction.locator('p', { hasText: 'Mój tekst wprowadzenia.' }).last()).toBeVisible();
    await expect(section(page, 'Następny krok').locator('p', { hasText: 'Zapisane w innej karcie.' }).last()).toBeVisible();
  });

  test('is refused to department staff', async ({ page }) => {
    const round = await summaryRound();
    await signInAs(page, DEMO.department);
    const response = await page.goto(`/panel/tury/${round.roundId}/podsumowanie`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Brak dostępu');
  });
});

test.describe('the round summary\'s editor without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('saves a section, says why not when the text is too long or was saved elsewhere, and records a waiver', async ({ page }) => {
    const round = await summaryRound();
    await signInAs(page, DEMO.coordinator);
    await page.goto(`/panel/tury/${round.roundId}/podsumowanie`);
    const nextStep = section(page, 'Następny krok');
    await editSection(nextStep, 'Następny krok', 'x'.repeat(20_001));
    await expect(errorSummary(page)).toContainText('Tekst jest za długi: najwyżej 20 000 znaków.');
    // Saved elsewhere meanwhile: refused, the text kept, and the second try saves.
    expect((await (await serviceDb()).from('summary_drafts').insert({ round_id: round.roundId, edits: {}, version: 1 })).error).toBeNull();
    await nextStep.getByLabel('Tekst części „Następny krok”').fill('Podsumowanie w ostatnim tygodniu listopada.');
    await nextStep.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(errorSummary(page)).toContainText('Ktoś zapisał w międzyczasie podsumowanie tej tury.');
    await expect(nextStep.getByLabel('Tekst części „Następny krok”')).toHaveValue('Podsumowanie w ostatnim tygodniu listopada.');
    await nextStep.getByRole('button', { name: 'Zapisz tekst' }).click();
    await expect(nextStep.getByRole('status')).toHaveText(SAVED);
    await expect(nextStep.locator('p', { hasText: 'Podsumowanie w ostatnim tygodniu listopada.' }).last()).toBeVisible();

    const readiness = section(page, 'Przed publikacją');
    await readiness.getByText('Zwolnij z protokołu').click();
    await readiness.getByLabel(/Powód zwolnienia z protokołu/).fill('Protokołu nie sporządzono.');
    await readiness.getByRole('button', { name: 'Zapisz zwolnienie' }).click();
    await expect(section(page, 'Przed publikacją')).toContainText('Powód: Protokołu nie sporządzono.');
  });
});
