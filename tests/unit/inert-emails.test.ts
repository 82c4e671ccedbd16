import { describe, expect, it } from 'vitest';
import { renderEmail } from '@/lib/email/render';

/** Text as a person could type it into any field an e-mail repeats: markup, a formula, a header of its own. */
const HOSTILE = `<script>alert(1)</script><img src=x onerror=alert(2)> =cmd|' /C calc'!A0 & "cudzysłów"\r\nBcc: ofiara@evil.example`;

const roundId = '40000000-0000-4000-8000-000000000002';
const meeting = {
  id: '61000000-0000-4000-8000-000000000001',
  teamId: '50000000-0000-4000-8000-000000000004',
  teamName: HOSTILE,
  scope: HOSTILE,
  venueId: '60000000-0000-4000-8000-000000000001',
  venueName: HOSTILE,
  venueAddress: HOSTILE,
  roomId: '60100000-0000-4000-8000-000000000001',
  roomName: HOSTILE,
  startsAt: '2011-10-24T12:00:00.000Z',
  endsAt: '2011-10-24T14:00:00.000Z',
  isPublic: true,
  cancelled: false,
  changeReason: HOSTILE,
  sequence: 1,
};
const notice = { ...meeting, roundId, roundTitle: HOSTILE };
const moved = { ...notice, startsAt: '2011-10-25T12:00:00.000Z', endsAt: '2011-10-25T14:00:00.000Z', previous: meeting };

/** Every e-mail that repeats what someone wrote, with each such text hostile. */
const EMAILS: [template: string, payload: unknown][] = [
  ['invitation', { fullName: HOSTILE, role: 'department', invitedBy: HOSTILE }],
  ['schedule-issued', { roundId, roundTitle: HOSTILE, isPublic: true, version: 2, asOf: '2011-10-20', previous: [meeting], current: [{ ...meeting, startsAt: '2011-10-25T12:00:00.000Z', endsAt: '2011-10-25T14:00:00.000Z' }] }],
  ['opinions-requested', { roundId, roundTitle: HOSTILE, deadline: '2011-11-04', askedAgain: false, count: 1 }],
  ['opinions-reminder', { roundId, roundTitle: HOSTILE, deadline: '2011-11-04', count: 1 }],
  ['opinion-decided', { roundId, requestId: '72000000-0000-4000-8000-000000000002', outcome: 'rejected', justification: HOSTILE, corrected: false, assumption: HOSTILE }],
  ['minutes-submitted', { ...notice, revision: 1, asSubstitute: false }],
  ['minutes-approved', { ...notice, revision: 1, comment: '', asSubstitute: false }],
  ['minutes-returned', { ...notice, revision: 1, comment: HOSTILE, asSubstitute: false }],
  ['signup-confirm', { ...notice, confirmUrl: 'https://tura.example/zapisy/potwierdz?token=abc', personName: HOSTILE }],
  ['meeting-reminder', notice],
  ['meeting-moved', moved],
  ['meeting-cancelled', { ...notice, cancelled: true, previous: meeting }],
  ['follow-up-created', { ...notice, organisation: HOSTILE, subject: HOSTILE }],
  ['summary-published', { roundId, roundTitle: HOSTILE, version: 2, corrected: true, changeNote: HOSTILE }],
];

const render = (template: string, payload: unknown) => renderEmail({ template, payload, to_address: 'odbiorca@tura.example' }, 'https://tura.example');

describe('text from users in e-mails', () => {
  it.each(EMAILS)('%s shows it as text: escaped in the HTML, never markup, and the subject one line', async (template, payload) => {
    const email = await render(template, payload);
    expect(email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;');
    expect(email.html).not.toMatch(/<script|<img/i);
    expect(email.text).toContain(`<script>alert(1)</script><img src=x onerror=alert(2)> =cmd|' /C calc'!A0`);
    // A line break in a subject would start a header of its own in the message.
    expect(email.subject).not.toMatch(/[\r\n]/);
  });

  it('keeps what the subject says, on one line', async () => {
    const email = await render('opinions-reminder', { roundId, roundTitle: 'II tura\r\nBcc: ofiara@evil.example', deadline: '2011-11-04', count: 1 });
    expect(email.subject).toContain('II tura Bcc: ofiara@evil.example');
  });
});
