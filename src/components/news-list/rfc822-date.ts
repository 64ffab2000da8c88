/** Dates as RSS 2.0 writes them (RFC 822, with RFC 2822's four-digit years): `Sat, 17 Jan 2026 20:22:00 +0100`. Pure. */
import type { DateValue } from '../../i18n/dates.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The zone names RFC 822 defines, in hours from UTC; any other (military letters) counts as UTC, as RFC 2822 says. */
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
};
const RFC_822 =
  /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

export function parseRfc822Date(text: string): DateValue | undefined {
  const match = RFC_822.exec(text.trim());
  if (!match) return undefined;
  const [, day, monthName, yearText, hours, minutes, seconds, zone = 'gmt'] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  const offset = /^[+-]/.test(zone)
    ? (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)))
    : (ZONES[zone.toLowerCase()] ?? 0) * 60;
  if (month < 0 || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 60) return undefined;
  const utc = Date.UTC(year, month, Number(day), Number(hours), Number(minutes) - offset, Number(seconds ?? 0));
  const date = new Date(utc);
  // A real day only (no 31 Feb).
  const local = new Date(utc + offset * 60000);
  if (Number.isNaN(utc) || local.getUTCDate() !== Number(day)) return undefined;
  return { date, precision: 'minute', iso: date.toISOString() };
}
