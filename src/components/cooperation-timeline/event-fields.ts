/**
 * Readers shared by the timeline's formats: dates with a stated precision,
 * categories and their foreign synonyms, certainty, source lists. Pure.
 */
import type { DateValue } from '../../i18n/dates.js';
import { JihaError } from '../../core/errors.js';
import type { DatePrecision } from '../../i18n/dates.js';
import { describe, readDate, readUrl } from '../../data/fields.js';
import { isCategory, type Category } from './model.js';

const PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];

/**
 * A date, made coarser when the data says it is known less precisely than
 * written (`"2022-05-17"` with `"precision": "month"` shows May 2022).
 */
export function readEventDate(value: unknown, precision: unknown, field: string): DateValue | undefined {
  const date = readDate(value, field);
  if (!date || precision === undefined || precision === null || precision === '') return date;
  const stated = String(precision).trim().toLowerCase();
  const wanted = PRECISIONS.indexOf((stated === 'time' || stated === 'datetime' ? 'minute' : stated) as DatePrecision);
  if (wanted < 0)
    throw new JihaError(
      'invalid-data',
      `${field.replace(/\.\w+$/, '')}.precision must be year, month, day or minute, not ${describe(precision)}`,
    );
  if (wanted >= PRECISIONS.indexOf(date.precision)) return date;
  const coarser = PRECISIONS[wanted];
  if (date.precision === 'minute') return date; // an instant keeps its zone; showing it coarser would change the day in some zones
  const iso = date.iso.slice(0, coarser === 'year' ? 4 : 7);
  return readDate(iso, field);
}

/** Names other formats give categories, mapped onto the contract's seven. */
const SYNONYMS: Record<string, Category> = {
  ogp: 'open-government',
  'open government': 'open-government',
  'open-gov': 'open-government',
  iso: 'certification',
  cooperation: 'visit',
  coopération: 'visit',
  partnership: 'agreement',
  convention: 'agreement',
  geoparc: 'geopark',
  numérique: 'digital',
};

/**
 * The category of an event and, for a name that is none of the seven, that
 * name as a label (when `keepLabel`: human names such as a TimelineJS group,
 * not codes).
 */
export function readCategory(
  value: unknown,
  field: string,
  keepLabel: boolean,
): { category: Category; categoryLabel?: string } {
  if (value === undefined || value === null || value === '') return { category: 'other' };
  if (typeof value !== 'string')
    throw new JihaError('invalid-data', `${field} must be a category name such as "visit", not ${describe(value)}`);
  const name = value.trim();
  const key = name.toLowerCase();
  if (isCategory(key)) return { category: key };
  const synonym = SYNONYMS[key];
  if (synonym) return { category: synonym };
  return keepLabel && name ? { category: 'other', categoryLabel: name } : { category: 'other' };
}

/** `certainty` other than `sourced`/`certain`/`confirmed` marks the date as uncertain; `certain: false` too. */
export function readUncertain(certainty: unknown, field: string): boolean {
  if (certainty === undefined || certainty === null || certainty === '') return false;
  if (typeof certainty === 'boolean') return !certainty;
  if (typeof certainty !== 'string')
    throw new JihaError(
      'invalid-data',
      `${field} must be a text such as "sourced" or "inferred", not ${describe(certainty)}`,
    );
  return !/^(sourced|certain|confirmed|verified)$/i.test(certainty.trim());
}

/**
 * A list of source URLs; unsafe ones are dropped with a warning. An address
 * is one word: what an editor wrote after it ("https://… (headline quoted)")
 * is a note for editors, not part of the link.
 */
export function readSources(value: unknown, field: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((url, index) =>
      readUrl(typeof url === 'string' ? url.trim().split(/\s/, 1)[0] : url, 'link', `${field}[${index}]`),
    )
    .filter((url): url is string => url !== undefined);
}

/** Runs `read` for event `index`, so that every error names the bad event. */
export function atEvent<T>(index: number, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof JihaError && error.detail.includes(`events[${index}]`)) throw error;
    const detail = error instanceof JihaError ? error.detail : error instanceof Error ? error.message : String(error);
    throw new JihaError('invalid-data', `events[${index}]: ${detail}`);
  }
}
