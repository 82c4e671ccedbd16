import { describe, expect, it } from 'vitest';
import { buildCalendar, foldLines } from '@/lib/schedule/calendar';
import { warsawToUtc } from '@/lib/schedule/warsaw-time';
import type { ScheduleMeeting } from '@/lib/schedule/types';

const octets = (line: string) => new TextEncoder().encode(line).length;

function meeting(overrides: Partial<ScheduleMeeting>): ScheduleMeeting {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    teamId: 'team',
    teamName: 'ZESPÓŁ DS. POMOCY SPOŁECZNEJ I PRZECIWDZIAŁANIA WYKLUCZENIU SPOŁECZNEMU',
    scope: 'w zakresie działań na rzecz osób niepełnosprawnych, żłobków i świetlic środowiskowych',
    venueId: 'venue',
    venueName: 'Miejski Ośrodek Wspierania Inicjatyw Społecznych „Łączy nas Kraków”',
    venueAddress: 'ul. Józefińska 14, Kraków-Podgórze',
    roomId: null,
    roomName: 'źródłowa 103',
    startsAt: warsawToUtc('2011-10-24', '14:00'),
    endsAt: warsawToUtc('2011-10-24', '16:00'),
    isPublic: true,
    cancelled: false,
    changeReason: null,
    ...overrides,
  };
}

/** The wall-clock time a calendar app in Kraków shows for an iCalendar UTC time ("20111024T120000Z"). */
function shownInWarsaw(value: string): string {
  const [, y, mo, d, h, mi] = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})\d{2}Z$/.exec(value)!;
  const instant = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)));
  return new Intl.DateTimeFormat('pl-PL', { timeZone: 'Europe/Warsaw', dateStyle: 'short', timeStyle: 'short' }).format(instant);
}

/** The file's content lines, folded ones joined back as a calendar app reads them. */
const unfolded = (calendar: string) => calendar.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('foldLines', () => {
  it('folds at 75 octets, counting a Polish letter as two and never splitting it', () => {
    const line = `SUMMARY:${'Zażółć gęślą jaźń. '.repeat(12)}`;
    const folded = foldLines(line);
    const physical = folded.split('\r\n');
    expect(physical.length).toBeGreaterThan(3);
    for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
    // Every continuation line starts with the one space that folding adds; nothing else is lost.
    expect(physical.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(physical.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    // TextDecoder with fatal: true throws on a half character, so each part is whole UTF-8.
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const part of physical) expect(decoder.decode(new TextEncoder().encode(part))).toBe(part);
  });

  it('leaves a line of 75 octets as it is and folds one of 76', () => {
    const exact = `X:${'ą'.repeat(36)}a`; // 2 + 72 + 1 = 75 octets
    expect(octets(exact)).toBe(75);
    expect(foldLines(exact)).toBe(exact);
    expect(foldLines(`${exact}b`)).toBe(`${exact}\r\n b`);
  });
});

describe('buildCalendar', () => {
  const calendar = buildCalendar([meeting({})], 'Konsultacje „Programu współpracy” – tura 2, jesień 2011', 'https://tura.example/tury/1');

  it('keeps every physical line within 75 octets of UTF-8', () => {
    const lines = calendar.split('\r\n');
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
  });

  it('keeps the Polish texts whole once unfolded', () => {
    const lines = unfolded(calendar);
    expect(lines).toContain('SUMMARY:ZESPÓŁ DS. POMOCY SPOŁECZNEJ I PRZECIWDZIAŁANIA WYKLUCZENIU SPOŁECZNEMU (w zakresie działań na rzecz osób niepełnosprawnych\\, żłobków i świetlic środowiskowych)');
    expect(lines.find((line) => line.startsWith('LOCATION:'))).toContain('„Łączy nas Kraków”\\, ul. Józefińska 14\\, Kraków-Podgórze\\, sala źródłowa 103');
  });

  it('keeps a line break or another control character someone typed inside its text: it never starts a property of its own', () => {
    const typed = (property: string) => `Zespół\rX-INJECTED-${property}:1\r\nX-INJECTED-${property}-CRLF:1\nX-INJECTED-${property}-LF:1\u0000\u001b`;
    const hostile = buildCalendar(
      [meeting({ teamName: typed('SUMMARY'), scope: typed('SCOPE'), venueName: typed('LOCATION'), venueAddress: typed('ADDRESS'), roomName: typed('ROOM') })],
      typed('CALNAME'),
      'https://tura.example/tury/1',
    );
    expect(hostile.replaceAll('\r\n', '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    const lines = unfolded(hostile);
    expect(lines.filter((line) => line.startsWith('X-INJECTED'))).toEqual([]);
    expect(lines.find((line) => line.startsWith('SUMMARY:'))).toBe(
      'SUMMARY:Zespół\\nX-INJECTED-SUMMARY:1\\nX-INJECTED-SUMMARY-CRLF:1\\nX-INJECTED-SUMMARY-LF:1 (Zespół\\nX-INJECTED-SCOPE:1\\nX-INJECTED-SCOPE-CRLF:1\\nX-INJECTED-SCOPE-LF:1)',
    );
  });

  it('gives times that a calendar app in Kraków shows as the Warsaw hours of the schedule, in summer and winter time', () => {
    const summer = unfolded(calendar);
    expect(summer).toContain('DTSTART:20111024T120000Z');
    expect(shownInWarsaw('20111024T120000Z')).toBe('24.10.2011, 14:00');
    expect(shownInWarsaw(summer.find((line) => line.startsWith('DTEND:'))!.slice('DTEND:'.length))).toBe('24.10.2011, 16:00');

    const winter = unfolded(buildCalendar([meeting({ startsAt: warsawToUtc('2011-11-10', '14:00'), endsAt: warsawToUtc('2011-11-10', '15:30') })], 'Tura', 'https://tura.example/tury/1'));
    const start = winter.find((line) => line.startsWith('DTSTART:'))!.slice('DTSTART:'.length);
    expect(start).toBe('20111110T130000Z');
    expect(shownInWarsaw(start)).toBe('10.11.2011, 14:00');
  });
});
