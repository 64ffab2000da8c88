/**
 * Dates, times, numbers and plural categories for an element's language.
 * Intl does the work; Arabic without a region formats as `ar-MA` (Moroccan
 * month names, Latin digits); Tamazight uses the library's own names and
 * plural rule, because browsers have no `zgh` data. Formatters are cached:
 * building an Intl formatter costs far more than using one.
 */
import type { LanguageContext, UiLanguage } from './language.js';
import { knownUiLanguage } from './language.js';
import { zghPluralCategory } from './zgh/plural.js';
import { zghCalendar } from './zgh/calendar-module.js';
import { dateTimeFormat, once } from './intl-cache.js';
import type { DatePrecision } from './dates.js';

/**
 * The Intl locale for a language context: the full tag when it names the UI
 * language (`ar-EG`, `fr-CA`), `ar-MA` for Arabic without a region, and the
 * UI language itself for tags the UI does not speak (a `de` page shows
 * English strings, so English dates).
 */
export function intlLocale(language: Pick<LanguageContext, 'tag' | 'ui'>): string {
  const { tag, ui } = language;
  // Once per tag: each date and time of each element asks (Intl.Locale costs microseconds).
  return once(`l${ui}|${tag}`, () => {
    if (knownUiLanguage(tag) !== ui) return ui;
    const normalized = tag.replace(/_/g, '-');
    if (ui !== 'ar') return normalized;
    try {
      const locale = new Intl.Locale(normalized);
      return locale.region ? normalized : new Intl.Locale(normalized, { region: 'MA' }).toString();
    } catch {
      return 'ar-MA';
    }
  });
}

/**
 * The time zone to format in: `zone` when Intl knows it, else the viewer's
 * own (undefined). An unknown name is warned about once.
 */
export function checkTimeZone(zone: string | null | undefined): string | undefined {
  if (!zone) return undefined;
  return once(`z${zone}`, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return zone;
    } catch {
      console.warn(`jiha-widgets: unknown time-zone "${zone}"; using the viewer's own.`);
      return undefined;
    }
  });
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
  const zgh = zghCalendar.current;
  if (language.ui === 'zgh' && zgh) return zgh.zghDate(date, timeZone, precision, weekday);
  const locale = intlLocale(language);
  // Keyed by what varies: cheaper than dateTimeFormat's key of the options as JSON, for each date of each element.
  const format = once(`D${locale}|${precision}|${weekday}|${timeZone}`, () =>
    dateTimeFormat(
      locale,
      precision === 'year'
        ? { year: 'numeric', timeZone }
        : precision === 'month'
          ? { year: 'numeric', month: 'long', timeZone }
          : { year: 'numeric', month: 'long', day: 'numeric', weekday: weekday ? 'long' : undefined, timeZone },
    ),
  );
  // Moroccan Arabic usage writes "السبت 17 يناير 2026" without ICU's comma,
  // which only its literals carry (not names nor digits): the string as a
  // whole is cheaper to format than its parts, for each date of each element.
  const text = format.format(date);
  return language.ui === 'ar' ? text.replaceAll('،', '') : text;
}

/** The time of day of an instant in `timeZone` (`20:22`, `8:22 PM`). */
export function formatTime(date: Date, language: LanguageContext, timeZone?: string | null): string {
  const zone = checkTimeZone(timeZone);
  const zgh = zghCalendar.current;
  if (language.ui === 'zgh' && zgh) return zgh.zghTime(date, zone);
  // CLDR's short time: 24-hour clocks with two-digit hours (04:22) as Moroccan and French usage writes them, `4:22 AM` in English.
  const locale = intlLocale(language);
  return once(`T${locale}|${zone}`, () => dateTimeFormat(locale, { timeStyle: 'short', timeZone: zone })).format(date);
}

/** Date with weekday and time, as a news meta line shows it: `السبت 17 يناير 2026 – 20:22`. */
export function formatDateTime(date: Date, language: LanguageContext, timeZone?: string | null): string {
  return `${formatDate(date, language, { precision: 'minute', weekday: true, timeZone })} – ${formatTime(date, language, timeZone)}`;
}

/** A number in the element's language (Latin digits for `ar-MA`, `1 234` in French and Tamazight). */
export function formatNumber(value: number, language: LanguageContext): string {
  const locale = language.ui === 'zgh' ? 'fr' : intlLocale(language);
  return once(`n${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** The CLDR plural category of `n` in `language` (Arabic has six). */
export function pluralCategory(n: number, language: UiLanguage): Intl.LDMLPluralRule {
  if (language === 'zgh') return zghPluralCategory(n);
  return once(`p${language}`, () => new Intl.PluralRules(language)).select(n);
}

/** Message choices for a count, as in ICU: exact values first, then CLDR categories, then `other`. */
export type PluralForms = Partial<Record<'=0' | '=1' | '=2' | Intl.LDMLPluralRule, () => string>> & {
  other: () => string;
};

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
