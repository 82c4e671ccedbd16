/**
 * Reads a meeting schedule pasted by a coordinator: a table copied from Word, a web page or a
 * spreadsheet, often together with the prose around it. Pure: text in, rows out, and every
 * doubt becomes a RowProblem on its row instead of an exception, so the import screen can show
 * all the problems at once and let the coordinator fix the source and paste again.
 */
import { scheduleProblem } from './problems';
import type { ParsedScheduleRow, RowProblem } from './types';
import { calendarDate, timeOfDay, warsawToUtc } from './warsaw-time';

export const SCHEDULE_PROBLEM_CODES = [
  'team_missing',
  'place_missing',
  'date_missing',
  'date_invalid',
  'time_missing',
  'time_invalid',
  'too_few_columns',
] as const;
export type ScheduleProblemCode = (typeof SCHEDULE_PROBLEM_CODES)[number];

/**
 * Lower-case letters and digits only (Polish letters kept): "ZESPÓŁ DS. KULTURY" → "zespółdskultury".
 * For matching team and venue names whatever their spacing, punctuation or case.
 */
export function normalizeForMatching(text: string): string {
  // NFC first: text from macOS comes decomposed ("o" + U+0301), and the bare accent is not a letter.
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The meetings of a pasted schedule, one per data row, in order. Tab-separated text or an HTML
 * table; prose, blank lines, ruling lines and headers are skipped and do not count in `row`.
 * Never throws: what cannot be read is left null and explained in the row's `problems`.
 */
export function parseScheduleTable(text: string): ParsedScheduleRow[] {
  const unified = text.replace(/\r\n?/g, '\n');
  const records = looksLikeHtmlTable(unified) ? readHtmlRecords(unified) : readTabRecords(unified);

  const rows: ParsedScheduleRow[] = [];
  let layout = DEFAULT_LAYOUT;
  for (const rawCells of records) {
    const cells = rawCells.map(cleanCell);
    if (cells.every((cell) => cell === '') || isSeparatorRow(cells)) continue;
    // A header sets the column order for the rows below it; Word repeats it after page breaks.
    const header = readHeader(cells);
    if (header) {
      layout = header;
      continue;
    }
    rows.push(parseRow(cells, rows.length + 1, layout));
  }
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Splitting the text into rows of raw cells

function looksLikeHtmlTable(text: string): boolean {
  return /<(?:table|tr|td|th)\b/i.test(text);
}

/**
 * Rows of an HTML table. Split on the opening tags rather than matching pairs, because pasted
 * HTML often lacks `</td>`/`</tr>` (legal HTML, and what broken editors produce).
 */
function readHtmlRecords(html: string): string[][] {
  const withoutNoise = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    .replace(/<(script|style)\b[^<>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, ' ');
  return withoutNoise
    .split(/<tr\b[^<>]*>/i)
    .slice(1) // what precedes the first row is not part of the table
    .map((row) => {
      const rowBody = row.split(/<\/(?:tr|table|tbody|thead|tfoot)\s*>/i)[0] ?? '';
      return rowBody.split(/<t[dh]\b[^<>]*>/i).slice(1);
    })
    // A single cell is a caption or section title spanning the table, not a meeting: like a
    // line without a tab in pasted text.
    .filter((cells) => cells.length >= 2);
}

/**
 * Rows of tab-separated text. A record without a tab is prose around the table (the whole
 * document is often pasted) and is dropped. Spreadsheets put a cell holding a line break inside
 * double quotes ("a""b" for a quote), so such quoted cells may span lines.
 */
function readTabRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let pos = 0;
  for (;;) {
    const quoted = readQuotedCell(text, pos);
    let end: number;
    if (quoted) {
      cells.push(quoted.value);
      end = quoted.end;
    } else {
      end = nextDelimiter(text, pos);
      cells.push(text.slice(pos, end));
    }
    if (end >= text.length || text[end] === '\n') {
      if (cells.length >= 2) records.push(cells);
      cells = [];
      if (end >= text.length) return records;
    }
    pos = end + 1;
  }
}

/** Index of the next tab or line break at or after `from`, or the text's length. */
function nextDelimiter(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\t' || text[i] === '\n') return i;
  }
  return text.length;
}

/**
 * A spreadsheet-quoted cell starting at `pos`, or null when the text there is not one. It must
 * close right before a tab, a line break or the end, and hold no tab: otherwise a stray quote
 * in prose could swallow the table rows after it.
 */
function readQuotedCell(text: string, pos: number): { value: string; end: number } | null {
  if (text[pos] !== '"') return null;
  let value = '';
  let from = pos + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return null;
    value += text.slice(from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    const end = quote + 1;
    const closesCell = end >= text.length || text[end] === '\t' || text[end] === '\n';
    return closesCell && !value.includes('\t') ? { value, end } : null;
  }
}

// ---------------------------------------------------------------------------------------------
// Cleaning a cell: tags, entities, odd spaces

/** Tags that separate words; any other tag (b, i, span, font, o:p…) is dropped without a trace. */
const BLOCK_TAGS = new Set([
  'br', 'p', 'div', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'thead', 'tfoot',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'blockquote',
]);

const NAMED_ENTITIES: Record<string, string> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", shy: '',
  ndash: '–', mdash: '—', bdquo: '„', rdquo: '”', ldquo: '“', lsquo: '‘', rsquo: '’', hellip: '…',
  // Older editors wrote the one Polish letter Latin-1 has as an entity.
  oacute: 'ó', Oacute: 'Ó',
};

function cleanCell(raw: string): string {
  const withoutTags = raw
    .replace(/<!--[\s\S]*?(?:-->|$)/g, ' ')
    // "14<sup>00</sup>" is how Polish documents write 14:00; plain tag removal would leave "1400".
    .replace(/(\d)\s*<sup\b[^<>]*>\s*(\d{2})\s*<\/sup\s*>/gi, '$1:$2')
    .replace(/<\/?([a-z][a-z0-9:-]*)\b[^<>]*>/gi, (_tag, name: string) => (BLOCK_TAGS.has(name.toLowerCase()) ? ' ' : ''));
  // Entities after tags, so that an escaped "&lt;b&gt;" stays visible text.
  return decodeEntities(withoutTags)
    .normalize('NFC')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '') // zero-width characters and soft hyphens from Word
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '')
    .replace(/\s+/g, ' ') // \s covers tabs, line breaks, U+00A0 and U+202F
    .trim();
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z]+);/gi, (entity, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // fromCodePoint throws beyond U+10FFFF, and lone surrogates or NUL are no text either.
      const isText = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
      return isText ? String.fromCodePoint(code) : entity;
    }
    return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/** "--\t--\t-----" and the like: ruling lines of plain-text tables, never meetings. */
function isSeparatorRow(cells: string[]): boolean {
  return cells.every((cell) => /^[-–—_=*\s]*$/.test(cell));
}

// ---------------------------------------------------------------------------------------------
// The header and the column order

interface Layout {
  team: number | null;
  place: number | null;
  /** The column with the date, and the hour too unless `time` is set. */
  date: number | null;
  /** A separate hour column ("Godzina"), joined to the date. */
  time: number | null;
  /** Without a header, a fourth column holding only an hour is taken as the hour (spreadsheet habit). */
  guessTime: boolean;
}

const DEFAULT_LAYOUT: Layout = { team: 0, place: 1, date: 2, time: null, guessTime: true };

/**
 * Polish letters replaced one-for-one by ASCII ones, lower case: the keyword regexes can then
 * use \b (ASCII-only in JavaScript) and match with or without diacritics.
 */
function foldPolish(text: string): string {
  const ascii: Record<string, string> = { ą: 'a', ć: 'c', ę: 'e', ł: 'l', ń: 'n', ó: 'o', ś: 's', ź: 'z', ż: 'z' };
  return text.toLowerCase().replace(/[ąćęłńóśźż]/g, (letter) => ascii[letter] ?? letter);
}

// Headings start with their keyword ("DATA i GODZINA SPOTKANIA", "Miejsce", "Nazwa zespołu"):
// anchoring keeps data cells that merely mention one ("… godz. 14.00") from passing for headings.
const HEADING_DATE = /^(data|daty|termin\w*|dzien|kiedy)\b/;
const HEADING_TIME = /^godz/;
const MENTIONS_DATE = /\b(data|daty|termin\w*|dzien)\b/;
const HEADING_PLACE = /^(miejsce|miejsca|lokalizacja|adres|sala|lokal|gdzie|siedziba)\b|\bmiejsc/;
const HEADING_TEAM = /^(nazwa|nazwy|zesp)/;

/**
 * The column order if `cells` is a header row, else null. A header names a date or hour column
 * and a team or place column, and holds no digit: data rows always have one in their date, and
 * "ZESPÓŁ DS. KULTURY | … | 11 października 2011, godz. 15.00" must not pass for a header.
 */
function readHeader(cells: string[]): Layout | null {
  if (cells.some((cell) => /\d/.test(cell))) return null;
  let team: number | null = null;
  let place: number | null = null;
  let date: number | null = null;
  let time: number | null = null;
  cells.forEach((cell, index) => {
    const heading = foldPolish(cell);
    // "Godzina i data" holds both, like "Data i godzina"; "Nazwa miejsca" is a place.
    if (HEADING_DATE.test(heading) || (HEADING_TIME.test(heading) && MENTIONS_DATE.test(heading))) date ??= index;
    else if (HEADING_TIME.test(heading)) time ??= index;
    else if (HEADING_PLACE.test(heading)) place ??= index;
    else if (HEADING_TEAM.test(heading)) team ??= index;
  });
  if ((date === null && time === null) || (team === null && place === null)) return null;
  // A lone "Godzina" column without a date column is where the date has to be looked for too.
  return date === null ? { team, place, date: time, time: null, guessTime: false } : { team, place, date, time, guessTime: false };
}

/** How many cells a row needs so that every column of the layout exists. */
function columnsNeeded(layout: Layout): number {
  const used = [layout.team, layout.place, layout.date, layout.time].filter((index) => index !== null);
  return Math.max(-1, ...used) + 1;
}

// ---------------------------------------------------------------------------------------------
// One data row

/** A problem of this parser's own kinds (the resolver adds others). */
const problem = (row: number, code: ScheduleProblemCode, value: string | number = ''): RowProblem => scheduleProblem(row, code, value);

function parseRow(cells: string[], row: number, layout: Layout): ParsedScheduleRow {
  const problems: RowProblem[] = [];
  // A short row's absent cells are reported once, as too_few_columns, not as one problem each.
  const tooFew = cells.length < columnsNeeded(layout);
  if (tooFew) problems.push(problem(row, 'too_few_columns', cells.length));
  const cellAt = (index: number | null): string | undefined => (index === null ? undefined : cells[index]);

  const teamCell = cellAt(layout.team);
  const { teamName, scope } = readTeam(teamCell ?? '');
  if (teamName === null && !(tooFew && teamCell === undefined)) problems.push(problem(row, 'team_missing'));

  const placeCell = cellAt(layout.place);
  const { venueText, room } = readPlace(placeCell ?? '');
  if (venueText === null && room === null && !(tooFew && placeCell === undefined)) problems.push(problem(row, 'place_missing'));

  const dateCell = cellAt(layout.date);
  const timeCell = layout.time !== null ? cellAt(layout.time) : layout.guessTime ? guessedTimeCell(cells) : undefined;
  const dateTime = readDateTime([dateCell, timeCell].filter((cell) => cell !== undefined).join(' '));
  for (const found of dateTime.problems) {
    if (found.code === 'date_missing' && tooFew && dateCell === undefined) continue;
    problems.push(problem(row, found.code, found.value));
  }

  return { row, cells, teamName, scope, venueText, room, ...dateTime.result, problems };
}

/** Without a header, a fourth cell holding only an hour ("14:00", "godz. 9.30") belongs to the date. */
function guessedTimeCell(cells: string[]): string | undefined {
  const fourth = cells[3];
  return fourth !== undefined && /^(godz\.?|godzina)?\s*\d{1,2}\s*[.:]\s*\d{2}$/i.test(fourth) ? fourth : undefined;
}

// ---------------------------------------------------------------------------------------------
// Team: "ZESPÓŁ DS. REKREACJI, SPORTU I TURYSTYKI / w zakresie turystyki/"

/** The scope, between slashes or in parentheses; the closing one may be missing at the end. */
const SCOPE_PATTERNS = [/\/\s*(w\s+zakresie\b[^/]*?)\s*(?:\/|$)/i, /\(\s*(w\s+zakresie\b[^)]*?)\s*(?:\)|$)/i];

function readTeam(cell: string): { teamName: string | null; scope: string | null } {
  for (const pattern of SCOPE_PATTERNS) {
    const match = pattern.exec(cell);
    if (match) {
      const rest = cell.slice(0, match.index) + ' ' + cell.slice(match.index + match[0].length);
      return { teamName: orNull(trimEdges(rest)), scope: orNull(trimEdges(match[1] ?? '').replace(/\.+$/, '')) };
    }
  }
  return { teamName: orNull(trimEdges(cell)), scope: null };
}

/**
 * Spaces and separators left at the ends by the cell's layout or by a cut-out scope or room.
 * A dot only when it stands alone ("… TURYSTYKI – ." once the scope is gone), since a name may
 * end with an abbreviation; brackets never, since they may close a part of the name.
 */
function trimEdges(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:\/\\–—-]+/, '')
    .replace(/(?:[\s,;:\/\\–—-]|(?<=\s)\.)+$/, '');
}

function orNull(text: string): string | null {
  return text === '' ? null : text;
}

// ---------------------------------------------------------------------------------------------
// Place: "…UMK, os. Centrum c 10, sala nr 103"

/**
 * "sala 6", "sala nr 6", "sala nr. 6", "sali nr 102", "s. 102", "pok. 12", "pokój 12A".
 * Not preceded by a letter, so that "os. Centrum" is no "s. …" room; a number is required, so
 * "sala konferencyjna" stays part of the venue.
 */
const ROOM = /(?<![\p{L}\p{N}])(?:sal[aiię]|s\.|pok(?:ój|oj|oju)?\.?)\s*(?:(?:nr|numer)\.?\s*)?([0-9]+\p{L}?)(?![\p{L}\p{N}])/iu;

function readPlace(cell: string): { venueText: string | null; room: string | null } {
  const match = ROOM.exec(cell);
  if (!match) return { venueText: orNull(trimEdges(cell)), room: null };
  const rest = (cell.slice(0, match.index) + ' ' + cell.slice(match.index + match[0].length))
    .replace(/\(\s*\)/g, ' ') // "(sala 6)" leaves empty brackets
    .replace(/\s*,(?:\s*,)+/g, ',') // "X, sala 6, ul. Y" leaves a double comma
    .replace(/\s+,/g, ',');
  return { venueText: orNull(trimEdges(rest)), room: match[1] ?? null };
}

// ---------------------------------------------------------------------------------------------
// Date and hour: "11.10.2011 r. godz. 14.00", "2.11.2011 godz. 9:30", "2011-10-11 14:00"

interface FoundDate {
  year: number;
  month: number;
  day: number;
  /** As written, for the messages. */
  text: string;
  index: number;
}

const MONTH_NAMES = [
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
  'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia',
];
const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

interface DateReader {
  pattern: RegExp;
  /** Whether the pattern is meant for the folded text (lower case, Polish letters as ASCII). */
  onFolded: boolean;
  fields: (match: RegExpExecArray) => [day: number, month: number, year: number];
}

/** Date notations; the first that matches wins. */
const DATE_READERS: DateReader[] = [
  // 2011-10-11 (ISO, also as the start of 2011-10-11T14:00)
  { pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, onFolded: false, fields: (m) => [Number(m[3]), Number(m[2]), Number(m[1])] },
  // 11.10.2011, 2.11.2011, 11-10-2011, 11/10/2011, "11. 10. 2011"
  {
    pattern: /(?<!\d)(\d{1,2})\s*([./-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/,
    onFolded: false,
    fields: (m) => [Number(m[1]), Number(m[3]), Number(m[4])],
  },
  // 11 października 2011 (matched on the folded text, so "pazdziernika" too)
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.?\\s+(${MONTH_NAMES.join('|')})\\s+(\\d{4})(?!\\d)`),
    onFolded: true,
    fields: (m) => [Number(m[1]), MONTH_NAMES.indexOf(m[2] ?? '') + 1, Number(m[3])],
  },
  // 11.X.2011, 11 X 2011 (Roman months, still common in offices; upper case, hence not folded)
  {
    pattern: /(?<!\d)(\d{1,2})\s*[.\s/-]\s*(XII|XI|IX|X|VIII|VII|VI|IV|V|III|II|I)\s*[.\s/-]\s*(\d{4})(?!\d)/,
    onFolded: false,
    fields: (m) => [Number(m[1]), ROMAN_MONTHS.indexOf(m[2] ?? '') + 1, Number(m[3])],
  },
];

function findDate(text: string): FoundDate | null {
  const folded = foldPolish(text); // same length as text, so indexes carry over
  for (const { pattern, onFolded, fields } of DATE_READERS) {
    const match = pattern.exec(onFolded ? folded : text);
    if (match) {
      const [day, month, year] = fields(match);
      return { day, month, year, text: text.slice(match.index, match.index + match[0].length), index: match.index };
    }
  }
  return null;
}

/**
 * "2011-10-11" for a real calendar date in a plausible range, else null. Years outside 1900–2100
 * are typos (and would trouble timestamp handling further on), so they count as invalid too.
 */
function plausibleDate({ year, month, day }: FoundDate): string | null {
  return year < 1900 || year > 2100 ? null : calendarDate(year, month, day);
}

/** Superscript digits ("14⁰⁰") as plain ones, with the colon a superscript implies. */
function unSuperscript(text: string): string {
  const superscripts = '⁰¹²³⁴⁵⁶⁷⁸⁹';
  return text.replace(/(\d)\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{2})/g, (_m, hour: string, minutes: string) =>
    `${hour}:${[...minutes].map((digit) => superscripts.indexOf(digit)).join('')}`,
  );
}

/**
 * The hour, looked for in what is left once the date is cut out (so "11.10" in the date is never
 * read as 11:10). "14.00", "9:30", "godz. 9"; in "14.00–16.00" the start.
 */
function findTime(text: string): { hour: number; minute: number; text: string } | null {
  const withMinutes = /(?<!\d)(\d{1,2})\s*[.:]\s*(\d{2})(?!\d)/.exec(text);
  if (withMinutes) return { hour: Number(withMinutes[1]), minute: Number(withMinutes[2]), text: withMinutes[0] };
  const hourOnly = /\bgodz\w*\.?\s*(\d{1,2})(?![\d.:])/i.exec(text);
  if (hourOnly) return { hour: Number(hourOnly[1]), minute: 0, text: hourOnly[0] };
  return null;
}

interface DateTimeReading {
  result: Pick<ParsedScheduleRow, 'localDate' | 'localTime' | 'startsAt'>;
  problems: { code: ScheduleProblemCode; value: string }[];
}

function readDateTime(raw: string): DateTimeReading {
  const text = unSuperscript(raw).trim();
  const result: DateTimeReading['result'] = { localDate: null, localTime: null, startsAt: null };
  const problems: DateTimeReading['problems'] = [];

  const date = findDate(text);
  if (!date) return { result, problems: [{ code: 'date_missing', value: text }] };
  result.localDate = plausibleDate(date);
  if (result.localDate === null) problems.push({ code: 'date_invalid', value: date.text });

  // The hour is read even when the date is wrong, so that both mistakes are reported at once.
  const time = findTime(text.slice(0, date.index) + ' ' + text.slice(date.index + date.text.length));
  result.localTime = time && timeOfDay(time.hour, time.minute);
  if (!time) problems.push({ code: 'time_missing', value: date.text });
  else if (result.localTime === null) problems.push({ code: 'time_invalid', value: time.text.replace(/^godz\S*\s*/i, '') });

  if (result.localDate !== null && result.localTime !== null) result.startsAt = warsawToUtc(result.localDate, result.localTime);
  return { result, problems };
}
