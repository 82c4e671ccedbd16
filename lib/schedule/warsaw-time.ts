/**
 * A meeting's date and time, in one place: the text a form or a pasted table gives (Europe/Warsaw
 * wall-clock time, "14.00" or "14:00"), the UTC instant stored as timestamptz, and back to the
 * Polish way of writing it ("02.11.2011", "14:00").
 *
 * The offset (+01:00 in winter, +02:00 in summer) has to be worked out for each date. We ask
 * `Intl.DateTimeFormat` for it instead of hard-coding the EU rules, so historical and future rule
 * changes come with the runtime's time-zone data and no date library is needed.
 */

const ZONE = 'Europe/Warsaw';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

// One formatter for the whole process: building one is far costlier than using it.
// 'h23' rather than hour12: false, which some engines render as "24" at midnight.
let formatter: Intl.DateTimeFormat | undefined;
function warsawFormatter(): Intl.DateTimeFormat {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return formatter;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/** Wall-clock fields of an instant in Warsaw (seconds dropped: schedules go to the minute). */
function wallClockAt(epochMs: number): WallClock {
  const fields: Record<string, number> = {};
  for (const part of warsawFormatter().formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
  };
}

/** The wall-clock fields read as if they were UTC, in ms. setUTCFullYear keeps years below 100 literal. */
function wallClockAsUtcMs({ year, month, day, hour, minute }: WallClock): number {
  const date = new Date(Date.UTC(2000, month - 1, day, hour, minute));
  date.setUTCFullYear(year);
  return date.getTime();
}

/** Warsaw's offset from UTC at an instant, in ms (+1 h or +2 h). */
function offsetAt(epochMs: number): number {
  // Whole minutes: the formatter drops seconds, so compare at the start of the minute.
  const atMinute = Math.floor(epochMs / MINUTE) * MINUTE;
  return wallClockAsUtcMs(wallClockAt(atMinute)) - atMinute;
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/** Whether the fields name a real date and time: Date.UTC would quietly roll 31.02 over to 3.03, and 24:00 to the next day. */
function isReal(wall: WallClock): boolean {
  const roundTrip = new Date(wallClockAsUtcMs(wall));
  return (
    roundTrip.getUTCMonth() + 1 === wall.month &&
    roundTrip.getUTCDate() === wall.day &&
    roundTrip.getUTCHours() === wall.hour &&
    roundTrip.getUTCMinutes() === wall.minute
  );
}

const formatDate = ({ year, month, day }: WallClock) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const formatTime = ({ hour, minute }: WallClock) => `${pad(hour)}:${pad(minute)}`;

/** "2011-10-11" for a real calendar date, else null. */
export function calendarDate(year: number, month: number, day: number): string | null {
  const wall = { year, month, day, hour: 0, minute: 0 };
  return isReal(wall) ? formatDate(wall) : null;
}

/** "09:30" for a real time of day, else null. */
export function timeOfDay(hour: number, minute: number): string | null {
  const wall = { year: 2000, month: 1, day: 1, hour, minute };
  return isReal(wall) ? formatTime(wall) : null;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** "14:00", or "14.00" as Polish documents write it. */
const TIME = /^(\d{2})[:.](\d{2})$/;

/** The fields of a date ("2011-10-11") and a time ("14:00" or "14.00"), or null unless both are real. */
function readWallClock(date: string, time: string): WallClock | null {
  const dateMatch = DATE.exec(date);
  const timeMatch = TIME.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, day, hour, minute] = [...dateMatch.slice(1), ...timeMatch.slice(1)].map(Number) as [number, number, number, number, number];
  const wall = { year, month, day, hour, minute };
  return isReal(wall) ? wall : null;
}

/** A date as `<input type="date">` gives it ("2011-10-11"), if it is a real one; else null. */
export function readDate(text: string): string | null {
  const wall = readWallClock(text, '00:00');
  return wall && formatDate(wall);
}

/** A time of day as people type it, "14:00" or "14.00", always given back as "14:00"; null if it is none. */
export function readTime(text: string): string | null {
  const wall = readWallClock('2000-01-01', text);
  return wall && formatTime(wall);
}

/**
 * The UTC instant (ISO, e.g. "2011-10-11T12:00:00.000Z") of a Warsaw wall-clock time.
 *
 * Around the DST changes it behaves like Temporal's 'compatible' disambiguation:
 * - a time that happens twice (30.10.2011 02:30, clocks go back) is taken at its first, summer-time occurrence;
 * - a time that never happens (27.03.2011 02:30, clocks go forward) is moved forward by the gap (03:30 CEST).
 * Throws a RangeError unless the date and time are real ones that readDate and readTime accept.
 */
export function warsawToUtc(date: string, time: string): string {
  const wall = readWallClock(date, time);
  if (!wall) throw new RangeError(`No such date and time: "${date}" "${time}"`);
  const asUtc = wallClockAsUtcMs(wall);
  // The offsets in force a day before and a day after cover both sides of any DST change near this time.
  const offsetBefore = offsetAt(asUtc - 24 * HOUR);
  const offsetAfter = offsetAt(asUtc + 24 * HOUR);

  // Candidate instants whose Warsaw wall clock really shows the requested time, earliest first.
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => asUtc - offset)
    .filter((instant) => wallClockAsUtcMs(wallClockAt(instant)) === asUtc)
    .sort((a, b) => a - b);

  // None in a spring-forward gap: read the time with the offset from before the change, which lands after the gap.
  const instant = candidates[0] ?? asUtc - offsetBefore;
  return new Date(instant).toISOString();
}

/** The Warsaw wall-clock date ("2011-10-11") and time ("14:00") of a UTC instant. Throws a RangeError on an unreadable one. */
export function utcToWarsaw(iso: string): { date: string; time: string } {
  const epochMs = Date.parse(iso);
  if (Number.isNaN(epochMs)) throw new RangeError(`Not an ISO timestamp: "${iso}"`);
  const wall = wallClockAt(epochMs);
  return { date: formatDate(wall), time: formatTime(wall) };
}

/** The instant `minutes` after `iso`: a meeting's end is its start plus its length, whatever the clocks do meanwhile. */
export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * MINUTE).toISOString();
}

/** A meeting's start and end as stored, from its Warsaw date and time (as readDate and readTime accept them) and its length. */
export function meetingInstants(date: string, time: string, durationMinutes: number): { startsAt: string; endsAt: string } {
  const startsAt = warsawToUtc(date, time);
  return { startsAt, endsAt: addMinutes(startsAt, durationMinutes) };
}

/** A meeting ending after midnight (Warsaw) of the day it starts; ending at midnight is ending that day. The database refuses these too. */
export function crossesMidnight({ startsAt, endsAt }: { startsAt: string; endsAt: string }): boolean {
  return utcToWarsaw(startsAt).date !== utcToWarsaw(new Date(Date.parse(endsAt) - 1).toISOString()).date;
}

/** Whether a meeting starts within a round's dates (either may be open), by its Warsaw date. The database refuses the others. */
export function withinRoundDates(startsAt: string, round: { startsOn: string | null; endsOn: string | null }): boolean {
  const date = utcToWarsaw(startsAt).date;
  return (!round.startsOn || date >= round.startsOn) && (!round.endsOn || date <= round.endsOn);
}

/** The other way: a stored meeting's Warsaw date, time and length, as the meeting form shows them. */
export function meetingWallClock({ startsAt, endsAt }: { startsAt: string; endsAt: string }): { date: string; time: string; durationMinutes: number } {
  return { ...utcToWarsaw(startsAt), durationMinutes: Math.round((Date.parse(endsAt) - Date.parse(startsAt)) / MINUTE) };
}

/** "02.11.2011" and "14:00": an instant as Polish documents write its date and hour, in Warsaw. */
export function polishDateTime(iso: string): { date: string; time: string } {
  const { date, time } = utcToWarsaw(iso);
  const [year, month, day] = date.split('-');
  return { date: `${day}.${month}.${year}`, time };
}

/** "02.11.2011, 14:00", for messages that name another meeting. */
export function warsawDateTime(iso: string): string {
  const { date, time } = polishDateTime(iso);
  return `${date}, ${time}`;
}
