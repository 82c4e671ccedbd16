import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';

const appUrl = 'https://tura.example';
const roundId = '40000000-0000-4000-8000-000000000002';
const render = (payload: unknown) => renderEmail({ template: 'summary-published', payload, to_address: 'moderator@tura.example' }, appUrl);

describe('the e-mail about a published summary', () => {
  it('says the summary is published, in Polish, with a link to its public page', async () => {
    const email = await render({ roundId, roundTitle: 'II tura spotkań branżowych', version: 1, corrected: false, changeNote: '' });
    expect(email.subject).toBe('Opublikowano podsumowanie: II tura spotkań branżowych');
    expect(email.text).toContain('opublikował podsumowanie tury „II tura spotkań branżowych”');
    expect(email.text).toContain(`${appUrl}/tury/${roundId}/podsumowanie/1`);
    expect(email.text).not.toContain('Co zmieniono');
    expect(email.html).toContain('lang="pl"');
  });

  it('says what a correction changed, and links to the new version', async () => {
    const email = await render({ roundId, roundTitle: 'II tura', version: 2, corrected: true, changeNote: 'Poprawiono godzinę spotkania.' });
    expect(email.subject).toBe('Korekta podsumowania (wersja 2): II tura');
    expect(email.text).toContain('Co zmieniono: Poprawiono godzinę spotkania.');
    expect(email.text).toContain(`${appUrl}/tury/${roundId}/podsumowanie/2`);
  });
});
