import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, parseScheduleTable, SCHEDULE_PROBLEM_CODES } from '@/lib/schedule/parse';
import type { ParsedScheduleRow } from '@/lib/schedule/types';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/round-2-summary-krakow-2011.txt'), 'utf8');


/** What the import cares about, without the raw cells (which differ between HTML and text). */
function summary(rows: ParsedScheduleRow[]) {
  return rows.map(({ row, teamName, scope, venueText, room, localDate, localTime, startsAt, problems }) => ({
    row,
    teamName,
    scope,
    venueText,
    room,
    localDate,
    localTime,
    startsAt,
    problems,
  }));
}

/** [row, code] pairs: the messages' wording is the catalogue's business. */
function problemCodes(rows: ParsedScheduleRow[]): [number, string][] {
  return rows.flatMap((row) => row.problems.map((problem): [number, string] => [problem.row, problem.code]));
}

/** One header-less row: team, place, date and time. */
function oneRow(team: string, place: string, when: string): ParsedScheduleRow {
  const [row] = parseScheduleTable(`${team}\t${place}\t${when}`);
  if (!row) throw new Error('no row parsed');
  return row;
}

const MOWIS =
  'Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych MOWIS Wydział Spraw Społecznych UMK, os. Centrum c 10';
const MOWIS_UPPER_C = MOWIS.replace('Centrum c 10', 'Centrum C 10');

describe('parseScheduleTable: the published Kraków 2011 document', () => {
  const expected = [
    { team: 'ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI', scope: 'w zakresie rekreacji i sportu', venue: MOWIS, room: '103', date: '2011-10-11', time: '14:00', startsAt: '2011-10-11T12:00:00.000Z' },
    { team: 'ZESPÓŁ DS. ZDROWIA I OSÓB NIEPEŁNOSPRAWNYCH', scope: null, venue: MOWIS, room: '6', date: '2011-10-17', time: '14:00', startsAt: '2011-10-17T12:00:00.000Z' },
    { team: 'ZESPÓŁ DS. WYKLUCZENIA', scope: null, venue: MOWIS, room: '103', date: '2011-10-18', time: '15:00', startsAt: '2011-10-18T13:00:00.000Z' },
    { team: 'ZESPÓŁ DS. KULTURY', scope: null, venue: 'Śródmiejski Ośrodek Kultury ul. Mikołajska 2', room: null, date: '2011-10-19', time: '15:00', startsAt: '2011-10-19T13:00:00.000Z' },
    { team: 'ZESPÓŁ DS. OCHRONY ŚRODOWISKA', scope: null, venue: MOWIS_UPPER_C, room: '103', date: '2011-10-20', time: '17:00', startsAt: '2011-10-20T15:00:00.000Z' },
    { team: 'ZESPÓŁ DS. EDUKACJI', scope: null, venue: MOWIS_UPPER_C, room: '103', date: '2011-10-24', time: '14:00', startsAt: '2011-10-24T12:00:00.000Z' },
    { team: 'ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI', scope: 'w zakresie turystyki', venue: MOWIS, room: '102', date: '2011-10-24', time: '14:00', startsAt: '2011-10-24T12:00:00.000Z' },
    {
      team: 'ZESPÓŁ DS. SPOŁECZEŃSTWA OBYWATELSKIEGO',
      scope: null,
      venue: MOWIS.replace('MOWIS Wydział', 'MOWIS, Wydział'),
      room: '103',
      date: '2011-11-02',
      time: '16:00',
      startsAt: '2011-11-02T15:00:00.000Z', // winter time by then
    },
  ];
  const expectedSummary = expected.map((meeting, index) => ({
    row: index + 1,
    teamName: meeting.team,
    scope: meeting.scope,
    venueText: meeting.venue,
    room: meeting.room,
    localDate: meeting.date,
    localTime: meeting.time,
    startsAt: meeting.startsAt,
    problems: [],
  }));

  it('finds the 8 meetings in the whole pasted document, prose, tags, blank line and ruling line included', () => {
    const rows = parseScheduleTable(fixture);
    expect(summary(rows)).toEqual(expectedSummary);
    // The cells are kept as read, without tags.
    expect(rows[7]?.cells).toEqual([
      'ZESPÓŁ DS. SPOŁECZEŃSTWA OBYWATELSKIEGO',
      `${expected[7]?.venue}, sala nr 103`,
      '02.11.2011 r. godz. 16.00',
    ]);
  });

  it('reads the same from Windows line endings, a stray \\r and non-breaking spaces written either way', () => {
    const windows = fixture
      .replace(/\r?\n/g, '\r\n')
      .replaceAll('r. godz.', 'r.\u202Fgodz.')
      .replaceAll('godz. ', 'godz.\u00A0')
      .replaceAll('sala nr ', 'sala nr&nbsp;')
      .replaceAll('os. Centrum', 'os.&#160;Centrum')
      .replace('17.10.2011 r.\u202Fgodz.\u00A014.00\r\n', '17.10.2011 r.\u202Fgodz.\u00A014.00\r');
    expect(windows).toContain('\u00A0');
    expect(summary(parseScheduleTable(windows))).toEqual(expectedSummary);
  });

  it('reads the same table pasted as HTML, with attributes, line breaks, entities and missing closing tags', () => {
    const html = `
<p class="MsoNormal">Harmonogram II tury (stan na 31.10.2011 r.):</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">
 <thead>
  <tr style="height:20.0pt">
   <th width="200" valign="top"><p class="MsoNormal"><b>NAZWA ZESPOŁU BRANŻOWEGO</b></p></th>
   <th>MIEJSCE<br>SPOTKANIA</th>
   <th>DATA i GODZINA<br/>SPOTKANIA</th>
  </tr>
 </thead>
 <tbody>
  <tr>
   <td>ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI <i>/ w zakresie rekreacji i sportu/</i></td>
   <td>Urz&#261;d Miasta Krakowa Referat Miejskiego O&#x15B;rodka Wspierania Inicjatyw Społecznych <b>MOWIS</b>
       Wydział Spraw Społecznych UMK, os.&nbsp;Centrum c 10, <b>sala nr&nbsp;103</b></td>
   <td>11.10.2011 r.<br>godz. 14.00</td>
  </tr>
  <tr>
   <td>ZESPÓŁ DS. ZDROWIA I OSÓB NIEPEŁNOSPRAWNYCH
   <td>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych <b>MOWIS</b> Wydział Spraw Społecznych UMK, os. Centrum c 10, <b>sala nr 6</b>
   <td>17.10.2011 r. godz. 14.00
  <tr>
   <td><span lang="PL">ZESPÓŁ DS. WYKLUCZENIA</span></td>
   <td><p>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych <b>MOWIS</b> Wydział Spraw Społecznych UMK, os. Centrum c 10,</p><p><b>sala nr 103</b></p></td>
   <td>18.10.2011 r. godz. 15<sup>00</sup></td>
  </tr>
  <tr><td>ZESPÓŁ DS. KULTURY</td><td><!-- adres do potwierdzenia -->Śródmiejski Ośrodek Kultury ul. Mikołajska&nbsp;2</td><td>19.10.2011 r. godz. 15.00</td></tr>
  <tr><td colspan="3"><i>Spotkania w listopadzie</i></td></tr>
  <tr><td>ZESPÓŁ DS. OCHRONY ŚRODOWISKA</td><td>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych <b>MOWIS</b> Wydział Spraw Społecznych UMK, os. Centrum C 10, <b>sala nr 103</b></td><td>20.10.2011 r. godz. 17.00</td></tr>
  <tr><td>ZESPÓŁ DS. EDUKACJI</td><td>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych <b>MOWIS</b> Wydział Spraw Społecznych UMK, os. Centrum C 10, <b>sala nr 103</b></td><td>24.10.2011 r. godz. 14.00</td></tr>
  <tr><td>ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI <i>/ w zakresie turystyki/</i></td><td>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych <b>MOWIS</b> Wydział Spraw Społecznych UMK, os. Centrum c 10, <b>sala nr 102</b></td><td>24.10.2011 r. godz. 14.00</td></tr>
  <TR><TD><p>ZESPÓŁ DS. SPOŁECZEŃSTWA OBYWATELSKIEGO</p></TD><TD><p>Urząd Miasta Krakowa Referat Miejskiego Ośrodka Wspierania Inicjatyw Społecznych MOWIS, Wydział Spraw Społecznych UMK, os. Centrum c 10, <b>sala nr 103</b></p></TD><TD><p>02.11.2011 r. godz. 16.00</p></TD></TR>
 </tbody>
</table>
<p>Spotkania zespołów branżowych odbyły się w terminach zaplanowanych zgodnie z harmonogramem.</p>`;
    expect(summary(parseScheduleTable(html))).toEqual(expectedSummary);
  });
});

describe('parseScheduleTable: layouts', () => {
  it('joins a separate Godzina column to the Data column of a spreadsheet paste', () => {
    const sheet = [
      'Zespół\tMiejsce\tData\tGodzina',
      'ZESPÓŁ DS. KULTURY\tŚródmiejski Ośrodek Kultury ul. Mikołajska 2\t19.10.2011\t15:00',
      'ZESPÓŁ DS. EDUKACJI\tos. Centrum C 10, sala nr 103\t2011-11-02\t9.30',
      '',
    ].join('\n');
    expect(summary(parseScheduleTable(sheet))).toEqual([
      {
        row: 1,
        teamName: 'ZESPÓŁ DS. KULTURY',
        scope: null,
        venueText: 'Śródmiejski Ośrodek Kultury ul. Mikołajska 2',
        room: null,
        localDate: '2011-10-19',
        localTime: '15:00',
        startsAt: '2011-10-19T13:00:00.000Z',
        problems: [],
      },
      {
        row: 2,
        teamName: 'ZESPÓŁ DS. EDUKACJI',
        scope: null,
        venueText: 'os. Centrum C 10',
        room: '103',
        localDate: '2011-11-02',
        localTime: '09:30',
        startsAt: '2011-11-02T08:30:00.000Z',
        problems: [],
      },
    ]);
  });

  it('follows the header order, skipping columns it does not know, and reads quoted multi-line spreadsheet cells', () => {
    const sheet = [
      'Lp.\tTermin\tGodzina\tNazwa zespołu\tUwagi\tMiejsce',
      '1\t24.10.2011\t14:00\t"ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI\n(w zakresie turystyki)"\tzmiana sali\t"os. Centrum C 10,\nsala nr 102"',
      '2\t02.11.2011\t16:00\tZESPÓŁ DS. SPOŁECZEŃSTWA OBYWATELSKIEGO\t"nie ""zdalnie"""\tos. Centrum C 10, pok. 12A',
    ].join('\r\n');
    const rows = parseScheduleTable(sheet);
    expect(rows.map((row) => [row.teamName, row.scope, row.venueText, row.room, row.localDate, row.localTime])).toEqual([
      ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI', 'w zakresie turystyki', 'os. Centrum C 10', '102', '2011-10-24', '14:00'],
      ['ZESPÓŁ DS. SPOŁECZEŃSTWA OBYWATELSKIEGO', null, 'os. Centrum C 10', '12A', '2011-11-02', '16:00'],
    ]);
    expect(rows[1]?.cells[4]).toBe('nie "zdalnie"');
    expect(problemCodes(rows)).toEqual([]);
  });

  it('assumes team, place, date-time without a header, and takes a fourth cell holding only an hour', () => {
    const rows = parseScheduleTable('ZESPÓŁ DS. KULTURY\tul. Mikołajska 2\t19.10.2011\tgodz. 15.00\nZESPÓŁ DS. EDUKACJI\tsala 6\t20.10.2011, 17:00\tuwagi');
    expect(rows.map((row) => [row.teamName, row.room, row.localDate, row.localTime, row.problems.length])).toEqual([
      ['ZESPÓŁ DS. KULTURY', null, '2011-10-19', '15:00', 0],
      ['ZESPÓŁ DS. EDUKACJI', '6', '2011-10-20', '17:00', 0],
    ]);
  });

  it('recognises a header written without Polish letters or in lower case, and a repeated one', () => {
    const text = 'zespol\tmiejsce spotkania\tdata\n'
      + 'ZESPÓŁ DS. KULTURY\tul. Mikołajska 2\t19.10.2011 godz. 15.00\n'
      + 'ZESPÓŁ\tMIEJSCE\tDATA I GODZINA\n'
      + 'ZESPÓŁ DS. EDUKACJI\tsala 6\t20.10.2011 godz. 17.00';
    expect(parseScheduleTable(text).map((row) => [row.row, row.teamName])).toEqual([
      [1, 'ZESPÓŁ DS. KULTURY'],
      [2, 'ZESPÓŁ DS. EDUKACJI'],
    ]);
  });

  it('decodes entities and keeps escaped tags as text', () => {
    const [row] = parseScheduleTable(
      'Zespół &amp; Co\tUrz&#261;d &lt;MOWIS&gt; &quot;A&quot; &#39;B&#39; &#x15B; &Oacute; &bogus; &#99999999; koniec\t19.10.2011 godz. 15.00',
    );
    expect(row?.teamName).toBe('Zespół & Co');
    expect(row?.venueText).toBe('Urząd <MOWIS> "A" \'B\' ś Ó &bogus; &#99999999; koniec');
  });
});

describe('parseScheduleTable: cells', () => {
  it.each([
    ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI / w zakresie turystyki/', 'w zakresie turystyki'],
    ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI (w zakresie turystyki)', 'w zakresie turystyki'],
    ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI – /W ZAKRESIE TURYSTYKI/.', 'W ZAKRESIE TURYSTYKI'],
    ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI /w zakresie turystyki.', 'w zakresie turystyki'],
    ['ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI', null],
  ])('team cell %j → scope %j', (cell, scope) => {
    const row = oneRow(cell, 'sala 6', '19.10.2011 godz. 15.00');
    expect(row.teamName).toBe('ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI');
    expect(row.scope).toBe(scope);
  });

  it.each([
    ['os. Centrum C 10, sala 6', 'os. Centrum C 10', '6'],
    ['os. Centrum C 10, sala nr 6', 'os. Centrum C 10', '6'],
    ['os. Centrum C 10, sala nr. 6', 'os. Centrum C 10', '6'],
    ['os. Centrum C 10, s. 102', 'os. Centrum C 10', '102'],
    ['os. Centrum C 10 (sali nr 102)', 'os. Centrum C 10', '102'],
    ['ul. Mikołajska 2, pok. 12, II piętro', 'ul. Mikołajska 2, II piętro', '12'],
    ['ul. Mikołajska 2, pokój 12A', 'ul. Mikołajska 2', '12A'],
    ['Sala nr 6, os. Centrum C 10', 'os. Centrum C 10', '6'],
    ['os. Centrum C 10, sala konferencyjna', 'os. Centrum C 10, sala konferencyjna', null],
    ['Śródmiejski Ośrodek Kultury ul. Mikołajska 2', 'Śródmiejski Ośrodek Kultury ul. Mikołajska 2', null],
  ])('place cell %j → venue %j, room %j', (cell, venueText, room) => {
    const row = oneRow('ZESPÓŁ DS. KULTURY', cell, '19.10.2011 godz. 15.00');
    expect([row.venueText, row.room]).toEqual([venueText, room]);
  });

  it.each([
    ['11.10.2011 r. godz. 14.00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['2.11.2011 godz. 9:30', '2011-11-02', '09:30', '2011-11-02T08:30:00.000Z'],
    ['02.11.2011, 16:00', '2011-11-02', '16:00', '2011-11-02T15:00:00.000Z'],
    ['2011-10-11 14:00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['2011-10-11T14:00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11.10.2011 godzina 14.00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11.10.2011r.godz.14.00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11 października 2011 r., godz. 14.00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11.X.2011 godz. 14<sup>00</sup>', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11.10.2011 godz. 14⁰⁰', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['11.10.2011 godz. 9', '2011-10-11', '09:00', '2011-10-11T07:00:00.000Z'],
    ['11.10.2011, 14.00–16.00', '2011-10-11', '14:00', '2011-10-11T12:00:00.000Z'],
    ['29.02.2012 godz. 10.00', '2012-02-29', '10:00', '2012-02-29T09:00:00.000Z'],
  ])('date cell %j → %s %s', (cell, localDate, localTime, startsAt) => {
    const row = oneRow('ZESPÓŁ DS. KULTURY', 'sala 6', cell);
    expect([row.localDate, row.localTime, row.startsAt, row.problems]).toEqual([localDate, localTime, startsAt, []]);
  });
});

describe('parseScheduleTable: problems', () => {
  const text = [
    'Harmonogram spotkań (ten wiersz nie ma tabulatora i nie jest częścią tabeli)',
    'Zespół\tMiejsce\tTermin',
    'ZESPÓŁ DS. KULTURY\tul. Mikołajska 2\t19.10.2011 godz. 15.00',
    '',
    '\tul. Mikołajska 2\t19.10.2011 godz. 15.00',
    '---\t---\t---',
    'ZESPÓŁ DS. EDUKACJI\t\t31.02.2011 godz. 14.00',
    'ZESPÓŁ DS. EDUKACJI\tsala 6\tw przyszłym tygodniu',
    'ZESPÓŁ DS. EDUKACJI\tsala 6\t20.10.2011',
    'ZESPÓŁ DS. EDUKACJI\tsala 6\t20.10.2011 godz. 25:70',
    'ZESPÓŁ DS. EDUKACJI\tsala 6',
    'ZESPÓŁ DS. EDUKACJI\tsala 6\t31.02.2011 godz. 24.00',
    '\t\t',
    '—\t–\t___ ===',
  ].join('\n');
  const rows = parseScheduleTable(text);

  it('numbers data rows only and reports each problem on its row', () => {
    expect(rows.map((row) => row.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(problemCodes(rows)).toEqual([
      [2, 'team_missing'],
      [3, 'place_missing'],
      [3, 'date_invalid'],
      [4, 'date_missing'],
      [5, 'time_missing'],
      [6, 'time_invalid'],
      [7, 'too_few_columns'],
      [8, 'date_invalid'],
      [8, 'time_invalid'],
    ]);
  });

  it('keeps what could be read next to the problems', () => {
    expect(rows[2]).toMatchObject({ teamName: 'ZESPÓŁ DS. EDUKACJI', venueText: null, localDate: null, localTime: '14:00', startsAt: null });
    expect(rows[4]).toMatchObject({ localDate: '2011-10-20', localTime: null, startsAt: null });
    expect(rows[6]).toMatchObject({ teamName: 'ZESPÓŁ DS. EDUKACJI', room: '6', localDate: null, cells: ['ZESPÓŁ DS. EDUKACJI', 'sala 6'] });
  });

  it('words the problems in Polish from the catalogue', () => {
    const message = rows[2]?.problems[0]?.message ?? '';
    expect(message).not.toBe('');
    expect(message).toMatch(/^Wiersz 3: brak miejsca spotkania\./);
  });

  it('says that a header-only or empty paste has no rows rather than failing', () => {
    expect(parseScheduleTable('')).toEqual([]);
    expect(parseScheduleTable('NAZWA ZESPOŁU BRANŻOWEGO\tMIEJSCE SPOTKANIA\tDATA i GODZINA SPOTKANIA\r\n')).toEqual([]);
    expect(parseScheduleTable('Tylko tekst,\nbez żadnej tabeli.')).toEqual([]);
  });
});

describe('parseScheduleTable: malformed input never throws', () => {
  const codes: readonly string[] = SCHEDULE_PROBLEM_CODES;

  function expectWellFormed(text: string) {
    let rows: ParsedScheduleRow[] = [];
    expect(() => {
      rows = parseScheduleTable(text);
    }).not.toThrow();
    rows.forEach((row, index) => {
      expect(row.row).toBe(index + 1);
      for (const problem of row.problems) {
        expect(codes).toContain(problem.code);
        expect(problem.row).toBe(row.row);
        expect(typeof problem.message).toBe('string');
      }
      if (row.localDate !== null) expect(row.localDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.localTime !== null) expect(row.localTime).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      if (row.startsAt !== null) expect(new Date(row.startsAt).toISOString()).toBe(row.startsAt);
    });
    return rows;
  }

  it.each([
    ['empty', ''],
    ['blank lines and tabs', '   \n\n\t\n'],
    ['only a header', 'NAZWA ZESPOŁU\tMIEJSCE\tDATA'],
    ['random text with tabs', 'a\tb\tc\n\t\t\nx\ty\n\tz'],
    ['unclosed HTML with an impossible date and hour', '<table><tr><td>ZESPÓŁ<td>sala 6<td>31.02.2011 25:00'],
    ['HTML cut inside a tag', '<table><tr><td'],
    ['HTML cut after a cell', '<tr><td>a</td><td'],
    ['rows after the table closes', '<table><tr><td>a<tr><td>b<td>c</table><tr><td>d<td>e'],
    ['broken tags and entities', '<<<>>>\t&#;&#x;&;\t<b'],
    ['impossible dates and hours only', '31.02.2011\t25:00\t99.99.9999 godz. 99.99'],
    ['unclosed spreadsheet quote', '"unclosed\tquote\n"'],
    ['spreadsheet quotes', '"a""b"\t"c\nd"\t""'],
    ['only carriage returns', '\r\r\r\t\r'],
    ['unclosed comments', '<!-- comment\t<!-- -->\t-->'],
    ['a team and empty cells', 'ZESPÓŁ\t\t\t\t\t\t'],
    ['control and lone surrogate characters', '\u0000\t\uFFFF\t\uD800'],
    ['entities beyond Unicode', '&#55296;\t&#x110000;\t&#0;'],
    ['very long cells', 'x'.repeat(10_000) + '\t' + '1.'.repeat(5_000)],
    ['a header of date and hour only', 'Data\tGodzina\n11.10.2011\t14:00'],
  ])('%s', (_name, text) => {
    expectWellFormed(text);
  });

  it('reads invalid dates and hours inside unclosed HTML as problems', () => {
    const rows = expectWellFormed('<table><tr><td>ZESPÓŁ DS. KULTURY<td>sala 6<td>31.02.2011 25:00<tr><td>ZESPÓŁ DS. EDUKACJI<td>');
    expect(problemCodes(rows)).toEqual([
      [1, 'date_invalid'],
      [1, 'time_invalid'],
      // The second row's place cell exists (an opened <td>) but is empty.
      [2, 'too_few_columns'],
      [2, 'place_missing'],
    ]);
  });

  it('survives random mixes of table syntax', () => {
    const pieces = [
      '\t', '\n', '\r\n', '\r', '<', '>', '/', '<td>', '<tr>', '</td>', '<table>', '<th class="x">', '"', '""', '&', '&#', 'x', '&nbsp;',
      ';', '1', '2', '.', ':', '-', '2011', '31', '25', 'godz.', 'sala', 'nr', 'ZESPÓŁ', 'Data', 'Miejsce', 'Godzina', 'w zakresie',
      '(', ')', ' ', '\u00A0', 'ł', 'r.', '<b>', '<br>', '<!--', '-->', '<sup>', '⁰',
    ];
    // A fixed-seed generator, so that a failure can be replayed.
    let seed = 20111011;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let sample = 0; sample < 300; sample++) {
      const length = Math.floor(random() * 120);
      const text = Array.from({ length }, () => pieces[Math.floor(random() * pieces.length)] ?? '').join('');
      expectWellFormed(text);
    }
  });
});

describe('normalizeForMatching', () => {
  it('keeps lower-case letters, Polish ones included, and digits, and nothing else', () => {
    expect(normalizeForMatching('ZESPÓŁ DS. Kultury – „MOWIS”')).toBe('zespółdskulturymowis');
    expect(normalizeForMatching('os. Centrum C-10')).toBe(normalizeForMatching('os.Centrum  c 10'));
    expect(normalizeForMatching('ĄĆĘŁŃÓŚŹŻ 12A')).toBe('ąćęłńóśźż12a');
  });

  it('treats decomposed accents (as pasted from macOS) like composed ones', () => {
    expect(normalizeForMatching('Zespo\u0301ł')).toBe('zespół');
  });

  it('gives an empty string for text without letters or digits', () => {
    expect(normalizeForMatching(' — / . ')).toBe('');
  });
});
