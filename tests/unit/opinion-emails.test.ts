import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';

const appUrl = 'https://tura.example';
const round = '40000000-0000-4000-8000-000000000002';
const render = (template: string, payload: unknown) => renderEmail({ template, payload, to_address: 'wydzial.sportu@tura.example' }, appUrl);

describe('the e-mails about opinions', () => {
  it('asks a department for opinions, in Polish, with the deadline as Polish documents write it and a link to its list', async () => {
    const email = await render('opinions-requested', { roundId: round, roundTitle: 'II tura spotkań branżowych', deadline: '2011-11-04', askedAgain: false, count: 3 });
    expect(email.subject).toBe('Prośba o opinie: II tura spotkań branżowych');
    expect(email.text).toContain('Czekają 3 założenia.');
    expect(email.text).toContain('Termin: 04.11.2011 r.');
    expect(email.text).toContain(`${appUrl}/panel/opiniowanie#tura-${round}`);
    expect(email.html).toContain('lang="pl"');
  });

  it('asks again about a new revision, saying so', async () => {
    const email = await render('opinions-requested', { roundId: round, roundTitle: 'II tura', deadline: '2011-11-04', askedAgain: true, count: 1 });
    expect(email.subject).toBe('Ponowna prośba o opinie: II tura');
    expect(email.text).toContain('ma nową wersję');
    expect(email.text).toContain('Czeka 1 założenie.');
  });

  it('reminds a department of the deadline, with how many assumptions still wait', async () => {
    const email = await render('opinions-reminder', { roundId: round, roundTitle: 'II tura', deadline: '2011-11-04', count: 5 });
    expect(email.subject).toBe('Przypomnienie: opinie do 04.11.2011 r. – II tura');
    expect(email.text).toContain('5 założeń nie ma jeszcze złożonej opinii.');
    expect(email.text).toContain(`${appUrl}/panel/opiniowanie#tura-${round}`);
  });

  it("tells a department the coordinator's decision, or its correction, with the justification and a link to the opinion", async () => {
    const payload = { roundId: round, requestId: '72000000-0000-4000-8000-000000000001', outcome: 'partially_accepted', justification: 'Obozy zostają.', corrected: false, assumption: 'Sport dzieci i młodzieży' };
    const decided = await render('opinion-decided', payload);
    expect(decided.subject).toBe('Decyzja w sprawie opinii: Sport dzieci i młodzieży');
    expect(decided.text).toContain('opinia przyjęta częściowo');
    expect(decided.text).toContain('Uzasadnienie: Obozy zostają.');
    expect(decided.text).toContain(`${appUrl}/panel/opiniowanie/72000000-0000-4000-8000-000000000001`);

    const corrected = await render('opinion-decided', { ...payload, outcome: 'accepted', justification: 'Po ponownej analizie.', corrected: true });
    expect(corrected.subject).toBe('Skorygowana decyzja w sprawie opinii: Sport dzieci i młodzieży');
    expect(corrected.text).toContain('teraz opinia przyjęta');

    const accepted = await render('opinion-decided', { ...payload, outcome: 'accepted', justification: '' });
    expect(accepted.text).not.toContain('Uzasadnienie');
  });
});
