import type { DateValue } from '../i18n/dates.js';
import { formatDate, formatDateTime } from '../i18n/format.js';
import type { LanguageContext } from '../i18n/language.js';
import { escapeAttribute, escapeText } from './escape.js';

/** A date as the fallback writers print it: `<time datetime>` with the date (and time, when it has one) in the widget's language. */
export function timeElement(value: DateValue, language: LanguageContext, timeZone?: string | null): string {
  const text =
    value.precision === 'minute'
      ? formatDateTime(value.date, language, timeZone)
      : formatDate(value.date, language, { precision: value.precision });
  return `<time datetime="${escapeAttribute(value.iso)}">${escapeText(text)}</time>`;
}
