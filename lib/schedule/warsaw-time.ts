/**
 * Conversions between Europe/Warsaw wall-clock time and UTC instants.
 *
 * Schedules are written in local time ("11.10.2011 r. godz. 14.00") but stored as timestamptz,
 * so the offset (+01:00 in winter, +02:00 in summer) has to be worked out for each date.
 * We ask `Intl.DateTimeFormat` for it instead of hard-coding the EU rules, so historical and
 * future rule changes come with the runtime's time-zone data and no date library is needed.
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

function isoDate({ year, month, day }: WallClock): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** "2011-10-11", "14:00" → fields, or a RangeError: callers are expected to have validated the text. */
function readWallClock(date: string, time: string): WallClock {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) throw new RangeError(`Not a YYYY-MM-DD date and HH:MM time: "${date}" "${time}"`);
  const wall: WallClock = {
    year: Number(dateMatch[1]),
    month: Number(dateMatch[2]),
    day: Number(dateMatch[3]),
    hour: Number(timeMatch[1]),
    minute: Number(timeMatch[2]),
  };
  // Date.UTC would quietly roll 31.02 over to 3.03; a wrong meeting date is worse than an error.
  const roundTrip = new Date(wallClockAsUtcMs(wall));
  const valid =
    wall.hour <= 23 &&
    wall.minute <= 59 &&
    roundTrip.getUTCMonth() + 1 === wall.month &&
    roundTrip.getUTCDate() === wall.day;
  if (!valid) throw new RangeError(`No such date or time: "${date}" "${time}"`);
  return wall;
}

/**
 * The UTC instant (ISO, e.g. "2011-10-11T12:00:00.000Z") of a Warsaw wall-clock time.
 *
 * Around the DST changes it behaves like Temporal's 'compatible' disambiguation:
 * - a time that happens twice (30.10.2011 02:30, clocks go back) is taken at its first, summer-time occurrence;
 * - a time that never happens (27.03.2011 02:30, clocks go forward) is moved forward by the gap (03:30 CEST).
 * Throws a RangeError when the text is not a real YYYY-MM-DD date and HH:MM time.
 */
export function warsawToUtc(date: string, time: string): string {
  const wall = readWallClock(date, time);
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
  return { date: isoDate(wall), time: `${pad(wall.hour)}:${pad(wall.minute)}` };
}
