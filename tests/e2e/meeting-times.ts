import { addMinutes, crossesMidnight, utcToWarsaw, warsawToUtc } from '@/lib/schedule/warsaw-time';

/**
 * A two-hour meeting starting at `start`, cut at midnight (Warsaw) when it would run past it: the
 * database refuses a meeting that ends on another day, and tests start at any hour.
 */
export function twoHoursFrom(start: Date): { starts_at: string; ends_at: string } {
  const startsAt = start.toISOString();
  const endsAt = addMinutes(startsAt, 120);
  if (!crossesMidnight({ startsAt, endsAt })) return { starts_at: startsAt, ends_at: endsAt };
  const nextDay = new Date(Date.parse(`${utcToWarsaw(startsAt).date}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { starts_at: startsAt, ends_at: warsawToUtc(nextDay, '00:00') };
}
