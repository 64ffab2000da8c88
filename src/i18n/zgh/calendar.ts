/**
 * Tamazight dates and times. Browsers ship no `zgh` locale data, so the
 * library carries the month and weekday names: CLDR's `zgh` data (as ICU 78
 * prints them in Node 20), January first, Sunday first. Its own chunk,
 * loaded with the Tamazight strings (calendar-module.ts): pages in other languages
 * never download it.
 */
import { dateTimeFormat } from '../intl-cache.js';
import type { DatePrecision } from '../dates.js';

export const ZGH_MONTHS = [
  'ⵉⵏⵏⴰⵢⵔ',
  'ⴱⵕⴰⵢⵕ',
  'ⵎⴰⵕⵚ',
  'ⵉⴱⵔⵉⵔ',
  'ⵎⴰⵢⵢⵓ',
  'ⵢⵓⵏⵢⵓ',
  'ⵢⵓⵍⵢⵓⵣ',
  'ⵖⵓⵛⵜ',
  'ⵛⵓⵜⴰⵏⴱⵉⵔ',
  'ⴽⵜⵓⴱⵔ',
  'ⵏⵓⵡⴰⵏⴱⵉⵔ',
  'ⴷⵓⵊⴰⵏⴱⵉⵔ',
] as const;

export const ZGH_WEEKDAYS = ['ⴰⵙⴰⵎⴰⵙ', 'ⴰⵢⵏⴰⵙ', 'ⴰⵙⵉⵏⴰⵙ', 'ⴰⴽⵕⴰⵙ', 'ⴰⴽⵡⴰⵙ', 'ⴰⵙⵉⵎⵡⴰⵙ', 'ⴰⵙⵉⴹⵢⴰⵙ'] as const;

/** Calendar fields of an instant in a time zone, as numbers. */
interface CalendarFields {
  year: number;
  month: number;
  day: number;
  weekday: number;
  hour: number;
  minute: number;
}

function calendarFields(date: Date, timeZone: string | undefined): CalendarFields {
  const parts = dateTimeFormat('en-US-u-nu-latn', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(date);
  const field = (type: string) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  const year = field('year');
  const month = field('month');
  const day = field('day');
  return {
    year,
    month,
    day,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    hour: field('hour') % 24,
    minute: field('minute'),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `ⴰⵙⵉⴹⵢⴰⵙ 17 ⵉⵏⵏⴰⵢⵔ 2026` (day), `ⵉⵏⵏⴰⵢⵔ 2026` (month), `2026` (year). */
export function zghDate(date: Date, timeZone: string | undefined, precision: DatePrecision, weekday: boolean): string {
  const fields = calendarFields(date, timeZone);
  const month = ZGH_MONTHS[fields.month - 1];
  if (precision === 'year') return String(fields.year);
  if (precision === 'month') return `${month} ${fields.year}`;
  const day = `${fields.day} ${month} ${fields.year}`;
  return weekday ? `${ZGH_WEEKDAYS[fields.weekday]} ${day}` : day;
}

/** `20:22`: Tamazight writes the 24-hour clock. */
export function zghTime(date: Date, timeZone: string | undefined): string {
  const fields = calendarFields(date, timeZone);
  return `${pad(fields.hour)}:${pad(fields.minute)}`;
}
