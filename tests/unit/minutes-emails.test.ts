import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';

const appUrl = 'https://tura.example';
const meeting = {
  id: '61000000-0000-4000-8000-000000000001',
  teamId: '50000000-0000-4000-8000-000000000004',
  teamName: 'Zespół ds. kultury',
  scope: null,
  venueId: '60000000-0000-4000-8000-000000000001',
  venueName: 'MOWIS',
  roomId: null,
  roomName: null,
  startsAt: '2011-10-24T12:00:00.000Z',
  endsAt: '2011-10-24T14:00:00.000Z',
  isPublic: true,
  cancelled: false,
  changeReason: null,
  sequence: 0,
  roundId: '40000000-0000-4000-8000-000000000002',
  roundTitle: 'II tura spotkań branżowych',
};
const render = (template: string, payload: unknown) => renderEmail({ template, payload, to_address: 'moderator@tura.example' }, appUrl);
const minutesUrl = `${appUrl}/panel/spotkania/${meeting.id}/protokol`;

describe('the e-mails about minutes', () => {
  it('asks the moderator to approve, or the coordinators as substitutes, with the meeting in Warsaw time and a link', async () => {
    const email = await render('minutes-submitted', { ...meeting, revision: 1, asSubstitute: false });
    expect(email.subject).toBe('Protokół do zatwierdzenia: Zespół ds. kultury, 24.10.2011 r.');
    expect(email.text).toContain('godz. 14:00');
    expect(email.text).toContain('jako moderatora zespołu');
    expect(email.text).toContain(minutesUrl);
    const substitute = await render('minutes-submitted', { ...meeting, revision: 2, asSubstitute: true });
    expect(substitute.text).toContain('koordynatora w zastępstwie');
    expect(substitute.text).toContain('wersja nr 2');
  });

  it('tells the author of an approval (saying when a substitute approved) and of a return, with the comment', async () => {
    expect((await render('minutes-approved', { ...meeting, revision: 1, comment: '', asSubstitute: false })).text).toContain('zatwierdzony przez moderatora zespołu');
    expect((await render('minutes-approved', { ...meeting, revision: 1, comment: '', asSubstitute: true })).text).toContain('w zastępstwie moderatora');
    const returned = await render('minutes-returned', { ...meeting, revision: 1, comment: 'Proszę dopisać stanowisko ZIKiT.', asSubstitute: false });
    expect(returned.subject).toBe('Protokół zwrócony do poprawy: Zespół ds. kultury, 24.10.2011 r.');
    expect(returned.text).toContain('Komentarz: Proszę dopisać stanowisko ZIKiT.');
    expect(returned.text).toContain(minutesUrl);
  });
});
