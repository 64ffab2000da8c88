/** How precisely a date is known, and so how it is shown. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** A date read from data, with the precision it was written at. */
export interface DateValue {
  date: Date;
  precision: DatePrecision;
  /** The text as given, for `<time datetime>`. */
  iso: string;
}

const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

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
  // UTC midnight of the day; the year set apart, as Date.UTC reads 0–99 as 1900–1999.
  const midnight = new Date(Date.UTC(2000, month - 1, day));
  midnight.setUTCFullYear(year);
  // A real day only (no 2026-02-30: Date would roll it over to March).
  if (month < 1 || month > 12 || midnight.getUTCMonth() !== month - 1 || midnight.getUTCDate() !== day)
    return undefined;
  if (prefix === iso) return { date: midnight, precision: d ? 'day' : m ? 'month' : 'year', iso };
  if (!DATE_TIME.test(iso)) return undefined;
  const date = new Date(iso.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : { date, precision: 'minute', iso };
}
