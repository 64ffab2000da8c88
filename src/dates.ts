import type { DatePrecision } from './format.js';

/** A date read from data, with the precision it was written at. */
export interface DateValue {
  date: Date;
  precision: DatePrecision;
  /** The text as given, for `<time datetime>`. */
  iso: string;
}

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/** True when year, month and day name a real day (no 2026-02-30). */
function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO 8601 date-time. Calendar
 * dates are kept as UTC midnight of their first day (and formatted in UTC,
 * so no zone moves them to another day); date-times without an offset are
 * read in the viewer's zone, as browsers do. Anything else, impossible days
 * included, gives undefined.
 */
export function parseIsoDate(value: unknown): DateValue | undefined {
  if (typeof value !== 'string') return undefined;
  const iso = value.trim();
  const [prefix, y, m, d] = CALENDAR_DATE.exec(iso) ?? [];
  if (!prefix) return undefined;
  const year = Number(y);
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  if (!isRealDay(year, month, day)) return undefined;
  if (prefix === iso) {
    const date = new Date(Date.UTC(2000, month - 1, day));
    date.setUTCFullYear(year);
    return { date, precision: d ? 'day' : m ? 'month' : 'year', iso };
  }
  if (!DATE_TIME.test(iso)) return undefined;
  const date = new Date(iso.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'minute', iso };
}
