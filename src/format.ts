/**
 * Dates, times, numbers and plural categories for an element's language.
 * Intl does the work; Arabic without a region formats as `ar-MA` (Moroccan
 * month names, Latin digits); Tamazight uses the library's own names and
 * plural rule, because browsers have no `zgh` data. Formatters are cached:
 * building an Intl formatter costs far more than using one.
 */
import type { LanguageContext, UiLanguage } from './language.js';
import { knownUiLanguage } from './language.js';
import { ZGH_MONTHS, ZGH_WEEKDAYS, zghPluralCategory } from './zgh.js';

/** How precisely a date is known, and so how it is shown. */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/**
 * The Intl locale for a language context: the full tag when it names the UI
 * language (`ar-EG`, `fr-CA`), `ar-MA` for Arabic without a region, and the
 * UI language itself for tags the UI does not speak (a `de` page shows
 * English strings, so English dates).
 */
export function intlLocale(language: Pick<LanguageContext, 'tag' | 'ui'>): string {
  const { tag, ui } = language;
  if (knownUiLanguage(tag) !== ui) return ui;
  const normalized = tag.replace(/_/g, '-');
  if (ui !== 'ar') return normalized;
  try {
    const locale = new Intl.Locale(normalized);
    return locale.region ? normalized : new Intl.Locale(normalized, { region: 'MA' }).toString();
  } catch {
    return 'ar-MA';
  }
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, options);
    } catch {
      // An invalid locale tag from the page: the UI language still formats.
      formatter = new Intl.DateTimeFormat(locale.split('-')[0], options);
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

const validZones = new Map<string, boolean>();

/**
 * The time zone to format in: `zone` when Intl knows it, else the viewer's
 * own (undefined). An unknown name is warned about once.
 */
export function checkTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  let valid = validZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
      console.warn(`jiha-widgets: unknown time-zone "${zone}"; using the viewer's own.`);
    }
    validZones.set(zone, valid);
  }
  return valid ? zone : undefined;
}

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

function zghDate(fields: CalendarFields, precision: DatePrecision, weekday: boolean): string {
  const month = ZGH_MONTHS[fields.month - 1];
  if (precision === 'year') return String(fields.year);
  if (precision === 'month') return `${month} ${fields.year}`;
  const day = `${fields.day} ${month} ${fields.year}`;
  return weekday ? `${ZGH_WEEKDAYS[fields.weekday]} ${day}` : day;
}

export interface DateOptions {
  precision?: DatePrecision;
  /** Name the weekday (day and minute precisions). */
  weekday?: boolean;
  timeZone?: string | null;
}

/**
 * The date part of `date` at its precision: `2026`, `janvier 2026`,
 * `السبت 17 يناير 2026`. Date-only values (years, months, days) are
 * calendar dates and format in UTC so that no zone moves them to another
 * day; instants format in `timeZone`.
 */
export function formatDate(date: Date, language: LanguageContext, options: DateOptions = {}): string {
  const { precision = 'day', weekday = false } = options;
  const timeZone = precision === 'minute' ? checkTimeZone(options.timeZone) : 'UTC';
  if (language.ui === 'zgh') return zghDate(calendarFields(date, timeZone), precision, weekday);
  const intlOptions: Intl.DateTimeFormatOptions =
    precision === 'year'
      ? { year: 'numeric', timeZone }
      : precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone }
        : { year: 'numeric', month: 'long', day: 'numeric', weekday: weekday ? 'long' : undefined, timeZone };
  const parts = dateTimeFormat(intlLocale(language), intlOptions).formatToParts(date);
  // Moroccan Arabic usage writes "السبت 17 يناير 2026" without ICU's comma.
  return parts
    .map((part) => (part.type === 'literal' && language.ui === 'ar' ? part.value.replace('،', '') : part.value))
    .join('');
}

/** The time of day of an instant in `timeZone` (`20:22`, `8:22 PM`). */
export function formatTime(date: Date, language: LanguageContext, timeZone?: string | null): string {
  const zone = checkTimeZone(timeZone);
  if (language.ui === 'zgh') {
    const fields = calendarFields(date, zone);
    return `${pad(fields.hour)}:${pad(fields.minute)}`;
  }
  const locale = intlLocale(language);
  const clock = dateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: zone });
  // 24-hour clocks write the hour with two digits (04:22), as Moroccan and French usage does.
  const twentyFour = clock.resolvedOptions().hourCycle === 'h23';
  return (twentyFour ? dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }) : clock).format(date);
}

/** Date with weekday and time, as a news meta line shows it: `السبت 17 يناير 2026 – 20:22`. */
export function formatDateTime(date: Date, language: LanguageContext, timeZone?: string | null): string {
  return `${formatDate(date, language, { precision: 'minute', weekday: true, timeZone })} – ${formatTime(date, language, timeZone)}`;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the element's language (Latin digits for `ar-MA`, `1 234` in French and Tamazight). */
export function formatNumber(value: number, language: LanguageContext): string {
  const locale = language.ui === 'zgh' ? 'fr' : intlLocale(language);
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

const pluralRules = new Map<UiLanguage, Intl.PluralRules>();

/** The CLDR plural category of `n` in `language` (Arabic has six). */
export function pluralCategory(n: number, language: UiLanguage): Intl.LDMLPluralRule {
  if (language === 'zgh') return zghPluralCategory(n);
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(language);
    pluralRules.set(language, rules);
  }
  return rules.select(n);
}

/** Message choices for a count, as in ICU: exact values first, then CLDR categories, then `other`. */
export type PluralForms = Partial<Record<'=0' | '=1' | '=2' | Intl.LDMLPluralRule, () => string>> & { other: () => string };

/**
 * Picks the message for `n`. @lit/localize has no plurals and a translation
 * must keep every placeholder of its source, so forms without a number
 * (Arabic لا مشاهدات, مشاهدة واحدة, مشاهدتان) are exact-value messages of
 * their own, like ICU's `=0`, `=1`, `=2`.
 */
export function selectPlural(n: number, language: UiLanguage, forms: PluralForms): string {
  const exact = forms[`=${n}` as '=0' | '=1' | '=2'];
  if (exact) return exact();
  return (forms[pluralCategory(n, language)] ?? forms.other)();
}
