import { utcToWarsaw } from '@/lib/schedule/warsaw-time';

/** Today in Warsaw, as an <input type="date"> value. */
export function todayInWarsaw(): string {
  return utcToWarsaw(new Date().toISOString()).date;
}
