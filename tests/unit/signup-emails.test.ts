import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';

const appUrl = 'https://tura.example';
const roundId = '40000000-0000-4000-8000-000000000002';
const render = (template: string, payload: unknown) => renderEmail({ template, payload, to_address: 'fundacja@ngo.example' }, appUrl);

/** A meeting as app.meeting_notice gives it: one element of the issued schedule, with its round. */
const meeting = {
  id: '80000000-0000-4000-8000-000000000001',
  teamId: '50000000-0000-4000-8000-000000000004',
  teamName: 'Zespół ds. kultury',
  scope: null,
  venueId: '60000000-0000-4000-8000-000000000001',
  venueName: 'MOWIS',
  venueAddress: 'os. Centrum C 10',
  roomId: null,
  roomName: '103',
  startsAt: '2011-10-24T12:00:00.000Z',
  endsAt: '2011-10-24T14:00:00.000Z',
  isPublic: true,
  cancelled: false,
  changeReason: null,
  sequence: 0,
  roundId,
  roundTitle: 'II tura spotkań branżowych',
};
const roundUrl = `${appUrl}/tury/${roundId}`;
const deletion = 'usuniemy 90 dni po opublikowaniu podsumowania tury';

describe('the e-mails to people signed up for a meeting', () => {
  it('asks to confirm a sign-up through its link, naming the meeting in Warsaw time', async () => {
    const confirmUrl = `${appUrl}/zapisy/potwierdz?token=abc`;
    const email = await render('signup-confirm', { ...meeting, confirmUrl, personName: 'Anna Nowak' });
    expect(email.subject).toBe('Potwierdź zapis na spotkanie: Zespół ds. kultury');
    expect(email.text).toContain('Anna Nowak, otrzymaliśmy zapis na spotkanie w ramach konsultacji „II tura spotkań branżowych”');
    expect(email.text).toContain('Termin: 24.10.2011 r., godz. 14:00');
    expect(email.text).toContain('Miejsce: MOWIS, sala nr 103, os. Centrum C 10');
    expect(email.text).toContain(confirmUrl);
    expect(email.text).toContain(roundUrl);
    expect(email.text).toContain(deletion);
    expect(email.html).toContain('lang="pl"');
  });

  it('reminds of the meeting the day before', async () => {
    const email = await render('meeting-reminder', meeting);
    expect(email.subject).toBe('Jutro spotkanie: Zespół ds. kultury');
    expect(email.text).toContain('Termin: 24.10.2011 r., godz. 14:00');
    expect(email.text).toContain(roundUrl);
    expect(email.text).toContain(deletion);
  });

  it('tells where and when the meeting was and is now, with the reason', async () => {
    const moved = { ...meeting, startsAt: '2011-10-25T08:00:00.000Z', endsAt: '2011-10-25T10:00:00.000Z', roomName: '102', changeReason: 'Sala 103 w remoncie.' };
    const email = await render('meeting-moved', { ...moved, previous: meeting });
    expect(email.subject).toBe('Zmiana terminu lub miejsca spotkania: Zespół ds. kultury');
    expect(email.text).toContain('Było: 24.10.2011 r., godz. 14:00, MOWIS, sala nr 103');
    expect(email.text).toContain('Jest: 25.10.2011 r., godz. 10:00, MOWIS, sala nr 102');
    expect(email.text).toContain('Powód zmiany: Sala 103 w remoncie.');
    expect(email.text).toContain(roundUrl);
    expect(email.text).toContain(deletion);
  });

  it('tells that the meeting is cancelled, with the reason or that none was given', async () => {
    const email = await render('meeting-cancelled', { ...meeting, cancelled: true, changeReason: 'Brak kworum.', previous: meeting });
    expect(email.subject).toBe('Spotkanie odwołane: Zespół ds. kultury');
    expect(email.text).toContain('Powód zmiany: Brak kworum.');
    expect(email.text).toContain(roundUrl);
    expect(email.text).toContain(deletion);
    const silent = await render('meeting-cancelled', { ...meeting, cancelled: true, previous: meeting });
    expect(silent.text).toContain('Organizator nie podał powodu.');
  });
});
