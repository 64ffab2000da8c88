/**
 * The certificate's state on a given day. Pure: "today" is an argument, so
 * tests give any day and the element gives the day of its (injectable) clock.
 * Dates are calendar days held as UTC midnight (as `parseIsoDate` reads them).
 */
import { checkTimeZone } from '../../i18n/format.js';

/** What the badge shows, and the host's `state` attribute. */
export type BadgeState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'suspended' | 'withdrawn';

/** The states a data `status` may impose. */
export type StatusOverride = 'suspended' | 'withdrawn';

/** Days before the end date from which a certificate counts as expiring. */
export const EXPIRING_DAYS = 90;

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both calendar days at UTC midnight). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY);
}

/**
 * The state on `today`: an override wins; then not yet issued; then past
 * the end date (the end date itself is still a valid day: "valid until 27
 * December 2026"); then 90 days or less left; else valid. Without an end
 * date, a certificate issued is valid (nothing says otherwise).
 */
export function computeState(
  dates: { issued?: Date; expires?: Date; override?: StatusOverride },
  today: Date,
): BadgeState {
  if (dates.override) return dates.override;
  if (dates.issued && daysBetween(today, dates.issued) > 0) return 'not-yet-valid';
  if (!dates.expires) return 'valid';
  const left = daysBetween(today, dates.expires);
  if (left < 0) return 'expired';
  return left <= EXPIRING_DAYS ? 'expiring' : 'valid';
}

/** Whether a state shows a certificate that no longer, or not yet, holds. */
export const isInactive = (state: BadgeState): boolean => state !== 'valid' && state !== 'expiring';

interface ZonedClockTime {
  year: number;
  month: number;
  day: number;
  /** Milliseconds since that day's midnight in the zone. */
  sinceMidnight: number;
}

const zonedFormats = new Map<string, Intl.DateTimeFormat>();

function zonedTime(now: number, timeZone: string | null | undefined): ZonedClockTime {
  const zone = checkTimeZone(timeZone);
  const key = zone ?? '';
  let format = zonedFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US-u-nu-latn', {
      timeZone: zone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    zonedFormats.set(key, format);
  }
  const parts = format.formatToParts(new Date(now));
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const seconds = (field('hour') % 24) * 3600 + field('minute') * 60 + field('second');
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    sinceMidnight: seconds * 1000 + (now % 1000),
  };
}

/** The calendar day at `now` in `timeZone` (default the viewer's), as UTC midnight of that day. */
export function calendarToday(now: number, timeZone?: string | null): Date {
  const { year, month, day } = zonedTime(now, timeZone);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date;
}

/** The longest wait between two checks: a sleeping laptop or a DST change cannot leave the state stale for long. */
const LONGEST_WAIT = 6 * 3_600_000;

/**
 * Milliseconds from `now` until just after the next midnight in
 * `timeZone` (one second late, so that the new day has begun), at most six
 * hours: the element checks the day again then and waits once more.
 */
export function delayToNextDay(now: number, timeZone?: string | null): number {
  const { sinceMidnight } = zonedTime(now, timeZone);
  return Math.min(Math.max(DAY - sinceMidnight + 1000, 1000), LONGEST_WAIT);
}
